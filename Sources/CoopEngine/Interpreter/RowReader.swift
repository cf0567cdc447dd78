import CSQLite

/// Copies each row of the statement into the batch: the scan columns' readers flattened into
/// plain values and unmanaged references, so that the per-row loop does no reference counting
/// (a `ScanColumn` holds strings and arrays: copying it per row and column cost more than the
/// whole of SQLite's work). The behaviour is `ScanColumn.number` / `ScanColumn.text`, exactly.
final class RowReader {
  private struct Decoder {
    var reader: ScanColumn.Reader
    var out: UnsafeMutablePointer<Int64>
    var zone: Unmanaged<ZoneCodes>?
    var cases: Unmanaged<EnumCases>?
  }

  private let columns: [ScanColumn]
  private let decoders: UnsafeMutableBufferPointer<Decoder>
  private let batch: RowBatch
  private let textSlots: [Int]

  init(columns: [ScanColumn], batch: RowBatch) {
    self.columns = columns
    self.batch = batch
    decoders = .allocate(capacity: columns.count)
    var texts: [Int] = []
    for (slot, column) in columns.enumerated() {
      var decoder = Decoder(reader: column.reader, out: batch.buffer(slot).values)
      switch column.reader {
      case .zone(let codes): decoder.zone = Unmanaged.passUnretained(codes)
      case .enumeration(let cases): decoder.cases = Unmanaged.passUnretained(cases)
      case .text: texts.append(slot)
      default: break
      }
      (decoders.baseAddress! + slot).initialize(to: decoder)
    }
    textSlots = texts
  }

  deinit {
    decoders.baseAddress?.deinitialize(count: decoders.count)
    decoders.deallocate()
  }

  /// Reads the statement's current row into row `row` of the batch.
  @inline(__always) func read(_ statement: OpaquePointer, row: Int) {
    for slot in 0..<decoders.count {
      let d = decoders[slot]
      let index = Int32(slot)
      switch d.reader {
      case .zone:
        d.out[row] =
          sqlite3_column_type(statement, index) == SQLITE_INTEGER
          ? d.zone!._withUnsafeGuaranteedRef { $0.code(sqlite3_column_int64(statement, index)) }
          : d.zone!._withUnsafeGuaranteedRef { $0.missing }
      case .enumeration:
        if sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index) {
          let count = Int(sqlite3_column_bytes(statement, index))
          d.out[row] = d.cases!._withUnsafeGuaranteedRef { $0.position(text, count: count) }
        } else {
          d.out[row] = 0
        }
      case .text: break
      default: d.out[row] = ScanColumn.number(d.reader, statement, index)
      }
    }
    for slot in textSlots { batch.texts[slot][row] = columns[slot].text(statement, Int32(slot)) }
  }
}
