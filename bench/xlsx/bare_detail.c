/* The baseline of the workbook benchmark: plain libxlsxwriter, constant_memory, writing the same
 * 明细 cells as campaign-report does for a campaign of generate_campaign.py (title rows, headers,
 * one row of 12 cells per record, autofilter, frozen header), with none of the tool's work
 * (validation, statistics, wording rules, width measuring, other sheets). The labels are built
 * here with the few rules that synthetic data needs; run_benchmark checks the cells are equal.
 *
 *   bare_detail CAMPAIGN_DIR OUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_ITEMS 512

struct item { char id[64], name[128], extra[128]; };  /* extra: unit of measure / program id */
static struct item indicators[MAX_ITEMS], units[MAX_ITEMS], programs[16];
static int indicator_count, unit_count, program_count;

static void chomp(char *line) { line[strcspn(line, "\r\n")] = 0; }

/* Splits a CSV line without quotes (generate_campaign.py never quotes) into at most n fields. */
static int split(char *line, char **fields, int n) {
  int count = 0;
  fields[count++] = line;
  for (char *p = line; *p && count < n; ++p)
    if (*p == ',') { *p = 0; fields[count++] = p + 1; }
  return count;
}

static FILE *open_in(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); exit(2); }
  return f;
}

static void read_tables(const char *dir) {
  char line[1024], *f[8];
  FILE *in = open_in(dir, "indicators.csv");
  fgets(line, sizeof line, in);
  while (fgets(line, sizeof line, in) && indicator_count < MAX_ITEMS) {
    chomp(line);
    split(line, f, 5);
    struct item *it = &indicators[indicator_count++];
    snprintf(it->id, sizeof it->id, "%s", f[0]);
    snprintf(it->name, sizeof it->name, "%s", f[1]);
    snprintf(it->extra, sizeof it->extra, "%s|%s", f[2], f[3]);
  }
  fclose(in);
  in = open_in(dir, "units.csv");
  fgets(line, sizeof line, in);
  while (fgets(line, sizeof line, in) && unit_count < MAX_ITEMS) {
    chomp(line);
    split(line, f, 4);
    snprintf(units[unit_count].id, sizeof units[0].id, "%s", f[0]);
    snprintf(units[unit_count].name, sizeof units[0].name, "%s", f[1]);
    ++unit_count;
  }
  fclose(in);
  in = open_in(dir, "campaign.toml");  /* [[program]] id = "..." / name = "..." */
  while (fgets(line, sizeof line, in)) {
    char value[128];
    if (sscanf(line, "id = \"%127[^\"]\"", value) == 1 && program_count < 16 && strstr(line, "synthetic") == NULL)
      snprintf(programs[program_count].id, sizeof programs[0].id, "%s", value);
    if (sscanf(line, "name = \"%127[^\"]\"", value) == 1 && program_count < 16)
      snprintf(programs[program_count++].name, sizeof programs[0].name, "%s", value);
  }
  fclose(in);
}

static const struct item *find(const struct item *items, int n, const char *id) {
  for (int i = 0; i < n; ++i)
    if (strcmp(items[i].id, id) == 0) return &items[i];
  return NULL;
}

static const char *program_name(const char *indicator_extra) {
  const char *id = strchr(indicator_extra, '|') + 1;
  const struct item *p = find(programs, program_count, id);
  return p ? p->name : "基本情况";
}

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: bare_detail CAMPAIGN_DIR OUT.xlsx\n"); return 2; }
  read_tables(argv[1]);
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
  lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
  lxw_worksheet *sheet = workbook_add_worksheet(workbook, "明细");
  lxw_format *text = workbook_add_format(workbook);
  format_set_border(text, LXW_BORDER_THIN);
  static const char *headers[] = {"指标编码", "指标名称", "所属工程", "单位", "时期", "数值",
                                  "计量单位", "修饰", "表述", "计入合计", "备注", "源数据行"};
  worksheet_write_string(sheet, 0, 0, "明细", NULL);
  for (int c = 0; c < 12; ++c) worksheet_write_string(sheet, 2, c, headers[c], text);

  char line[1024], *f[6], cell[256], measure[64];
  FILE *in = open_in(argv[1], "records.csv");
  fgets(line, sizeof line, in);
  lxw_row_t row = 3;
  while (fgets(line, sizeof line, in)) {
    chomp(line);
    if (split(line, f, 6) < 6) continue;
    const struct item *indicator = find(indicators, indicator_count, f[0]);
    const struct item *unit = find(units, unit_count, f[1]);
    if (!indicator || !unit) continue;
    snprintf(measure, sizeof measure, "%.*s", (int)(strchr(indicator->extra, '|') - indicator->extra), indicator->extra);
    int y, m, d;
    sscanf(f[2], "%d-%d-%d", &y, &m, &d);
    worksheet_write_string(sheet, row, 0, indicator->id, text);
    worksheet_write_string(sheet, row, 1, indicator->name, text);
    worksheet_write_string(sheet, row, 2, program_name(indicator->extra), text);
    worksheet_write_string(sheet, row, 3, unit->name, text);
    snprintf(cell, sizeof cell, "%d年%d月%d日", y, m, d);
    worksheet_write_string(sheet, row, 4, cell, text);
    worksheet_write_number(sheet, row, 5, strtod(f[3], NULL), text);
    worksheet_write_string(sheet, row, 6, measure, text);
    worksheet_write_string(sheet, row, 7, f[4], text);
    if (strcmp(f[4], "约") == 0) snprintf(cell, sizeof cell, "约%s%s", f[3], measure);
    else snprintf(cell, sizeof cell, "%s%s%s", f[3], f[4], measure);
    worksheet_write_string(sheet, row, 8, cell, text);
    worksheet_write_string(sheet, row, 9, "是", text);
    if (*f[5]) worksheet_write_string(sheet, row, 10, f[5], text);
    else worksheet_write_blank(sheet, row, 10, text);
    worksheet_write_number(sheet, row, 11, (double)(row - 1), text);
    ++row;
  }
  fclose(in);
  worksheet_freeze_panes(sheet, 3, 0);
  worksheet_autofilter(sheet, 2, 0, row - 1, 11);
  return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
