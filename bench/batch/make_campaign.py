#!/usr/bin/env python3
"""A synthetic county campaign for per-unit runs: one county, TOWNS towns (乡镇) and VILLAGES
villages (村) spread over them, each village with its own records, and narratives whose
placeholders every unit can fill, long enough for a report of three to five pages.

Usage: make_campaign.py TOWNS VILLAGES OUT_DIR
The same arguments always give the same files.
"""
import os
import sys

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
PLACES = "东西南北前后上下中新"
TOWN_WORDS = "河山桥湖岭川源坪塘泉"

BACKGROUND = ("{{campaign.region}}地处丘陵山区，农户居住分散，冬春季节生活垃圾清运不及时、户厕条件简陋等问题较为"
              "突出，群众反映强烈。按照县委、县政府的统一部署，{{campaign.region}}利用冬春农闲时节集中开展农村人居"
              "环境整治行动，把改善群众身边的生活环境作为为民办实事的重要内容。")
APPROACH = ("行动坚持“统筹推进、分级负责、群众参与”，以垃圾清运和厕所改造两项工程为抓手，建立保洁队伍，"
            "实行垃圾日产日清，按照“一户一策”推进户厕改造。各级干部深入农户宣传政策，逐户摸底登记，"
            "对困难群众给予重点帮扶，做到整治一户、巩固一户、带动一片。")
LAJI = "**日产日清。**冬春两季累计清运生活垃圾{{qingyun}}，投入整治资金{{touru}}。" + APPROACH
CESUO = "**一户一策。**逐户摸底、分类施策，累计完成户厕改造{{gaice}}。" + APPROACH
RESULTS = ("经过半年整治，{{campaign.region}}{{huzhu}}农户的居住环境明显改善，村容村貌焕然一新。"
           "实践表明，只有坚持群众主体、干部带头、久久为功，才能把好事办好、实事办实。")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def names(towns, villages):
    town_names = [PLACES[i % len(PLACES)] + TOWN_WORDS[i // len(PLACES) % len(TOWN_WORDS)] + "镇" for i in range(towns)]
    village_names = [SURNAMES[i % len(SURNAMES)] + PLACES[i // len(SURNAMES) % len(PLACES)] + "村" for i in range(villages)]
    return town_names, village_names


def main():
    towns, villages, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    town_names, village_names = names(towns, villages)
    write(os.path.join(out, "campaign.toml"), """[campaign]
id = "hexi-huanjing"
title = "河西县冬春农村人居环境整治行动"
short_name = "人居环境整治"
organization = "中共河西县委 河西县人民政府"
region = "河西县"
start = 2023-11-01
end = 2024-04-30
source = "河西县农业农村局"
published = 2024-05-20
editors = ["王晓梅"]

[[program]]
id = "laji"
name = "垃圾清运工程"

[[program]]
id = "cesuo"
name = "厕所改造工程"

[report]
as_of = 2024-04-30
unit_filename = "{{unit.name}}-{{campaign.short_name}}"
""")
    write(os.path.join(out, "indicators.csv"), """指标编码,指标名称,计量单位,所属工程,汇总方式,写法,说明
huzhu,农户,户,,最新,,
qingyun,清运生活垃圾,吨,laji,求和,,
touru,整治投入资金,万元,laji,求和,,
gaice,完成户厕改造,户,cesuo,求和,,
""")
    units = ["单位编码,单位名称,单位类型,上级单位,组织单位", "hx,河西县,县,,"]
    for t, name in enumerate(town_names):
        units.append(f"t{t:02d},{name},乡镇,hx,中共{name}委员会 {name}人民政府")
    for v, name in enumerate(village_names):
        units.append(f"t{v % towns:02d}v{v:03d},{name},村,t{v % towns:02d},")
    write(os.path.join(out, "units.csv"), "\n".join(units) + "\n")
    records = ["指标编码,单位编码,时期,数值,修饰,备注"]
    for v in range(villages):
        unit = f"t{v % towns:02d}v{v:03d}"
        records.append(f"huzhu,{unit},2024-04,{120 + v * 7 % 300},,")
        for month in ("2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"):
            records.append(f"qingyun,{unit},{month},{10 + (v * 13 + len(month)) % 40},,")
        records.append(f"touru,{unit},,{5 + v % 9}.{v % 10},,")
        records.append(f"gaice,{unit},2024-03,{20 + v * 11 % 60},,")
    write(os.path.join(out, "records.csv"), "\n".join(records) + "\n")
    for section, text in {"background": BACKGROUND, "approach": APPROACH + "\n\n" + APPROACH,
                          "program-laji": LAJI + "\n\n" + APPROACH, "program-cesuo": CESUO + "\n\n" + APPROACH,
                          "results": RESULTS}.items():
        write(os.path.join(out, "narrative", section + ".md"), text + "\n")


if __name__ == "__main__":
    main()
