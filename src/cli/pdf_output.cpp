// The PDF output of `build` (see build_output.hpp): the place where src/pdf's renderer is called.
// Until it is, asking for a PDF is an error that says so, never a silent success.
#include "cli/build_output.hpp"

#include <fmt/format.h>

namespace cr::cli {

bool pdf_renderer_available() { return false; }

bool write_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics) {
  diagnostics.error("", 0, 0, "pdf-renderer-missing",
                    fmt::format("本版本尚不能生成 PDF 报告，未写出 {}；可用 --format xlsx 只生成统计工作簿",
                                request.target.string()),
                    fmt::format("this version cannot write the PDF report yet; {} was not written; "
                                "use --format xlsx for the workbook alone",
                                request.target.string()));
  return false;
}

}  // namespace cr::cli
