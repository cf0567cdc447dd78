import Foundation

/// Finds and builds the schemas scripts say they use (`uses mobility 1`), from directories of
/// `.coopschema` files.
public struct SchemaRegistry: Sendable {
  /// A schema that failed to load, with its diagnostics.
  public struct Failure: Sendable {
    /// The schema file's source.
    public var source: SourceText
    /// What is wrong with it.
    public var diagnostics: DiagnosticBag
  }

  /// Built schemas by name, then version.
  public private(set) var schemas: [String: [Int: SchemaModel]] = [:]
  /// Schema files that did not build.
  public private(set) var failures: [String: Failure] = [:]

  /// An empty registry.
  public init() {}

  /// Loads every `.coopschema` file in `directories` (missing directories are skipped).
  public init(directories: [URL]) {
    for directory in directories {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for file in files.sorted() where file.hasSuffix(".coopschema") {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else { continue }
        add(SourceText(path: url.path, bytes: [UInt8](data)))
      }
    }
  }

  /// Builds and adds one schema source; returns its diagnostics.
  @discardableResult
  public mutating func add(_ source: SourceText) -> DiagnosticBag {
    let (model, diagnostics) = SchemaBuilder.build(Parser.parse(source))
    if let model {
      if schemas[model.name]?[model.version] == nil {
        schemas[model.name, default: [:]][model.version] = model
      }
    } else {
      let name = URL(fileURLWithPath: source.path).deletingPathExtension().lastPathComponent
      failures[name] = Failure(source: source, diagnostics: diagnostics)
    }
    return diagnostics
  }

  /// The schema `name` version `version`, if loaded.
  public func schema(_ name: String, version: Int) -> SchemaModel? { schemas[name]?[version] }

  /// The directories searched by default for a script at `scriptPath`: `Algorithms/schemas`
  /// under the current directory, then `schemas` next to the script's folder and in it.
  public static func defaultDirectories(forScriptAt scriptPath: String) -> [URL] {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let folder = URL(fileURLWithPath: scriptPath).deletingLastPathComponent()
    return [
      cwd.appendingPathComponent("Algorithms/schemas"),
      folder.deletingLastPathComponent().appendingPathComponent("schemas"),
      folder.appendingPathComponent("schemas"),
      folder,
    ]
  }
}
