import CoopEngine
import CoopLang
import Foundation

extension Synthesizer {
  /// Records `schema` in every company store under `directory` (`company-*.sqlite`), so edges
  /// and `coop run` accept them as stores of that schema; returns the paths labelled.
  @discardableResult
  public static func labelStores(in directory: URL, schema: SchemaModel) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasPrefix("company-") && $0.hasSuffix(".sqlite") }.sorted()
    let store = StoreSchema(schema)
    return try names.map { name in
      let path = directory.appendingPathComponent(name).path
      try EdgeStore.label(at: path, for: store)
      return path
    }
  }
}
