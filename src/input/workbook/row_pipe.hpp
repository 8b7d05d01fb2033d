#pragma once
// A bounded hand-over of sheet rows from the thread that inflates and parses a sheet to the one
// that checks its rows, so that the two run side by side: expat's parsing of a million-row sheet
// costs more than all the checks after it. At most `max_batches` batches wait, so memory stays
// small however long the sheet.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

#include "input/workbook/workbook.hpp"

namespace cr::input::workbook {

class RowPipe {
 public:
  static constexpr std::size_t batch_rows = 1024;
  static constexpr std::size_t max_batches = 4;

  // Producer: hands a full batch on, waiting for room; false once the consumer has cancelled.
  bool push(std::vector<SheetRow>&& batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return batches_.size() < max_batches || cancelled_; });
    if (cancelled_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }
  // Producer: no more batches will come.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }
  // Consumer: the next batch; false once the pipe is closed and empty.
  bool pop(std::vector<SheetRow>& batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !batches_.empty() || closed_; });
    if (batches_.empty()) return false;
    batch = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return true;
  }
  // Consumer: wants no more rows; the producer's next push() fails.
  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    batches_.clear();
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<SheetRow>> batches_;
  bool closed_ = false, cancelled_ = false;
};

}  // namespace cr::input::workbook
