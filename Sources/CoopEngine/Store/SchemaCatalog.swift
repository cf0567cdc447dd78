import CoopLang
import Foundation

/// Finds and builds schemas: by name (`mobility` → `NAME.coopschema` in the first directory
/// that has it) or by path to a `.coopschema` file.
public struct SchemaCatalog: Sendable {
  /// The directories searched for `NAME.coopschema`, in order.
  public var directories: [String]

  /// A catalogue searching `directories` in order.
  public init(directories: [String]) {
    self.directories = directories
  }

  /// `./Algorithms/schemas` under `currentDirectory`, then `../share/coop/schemas` beside the
  /// executable at `executablePath`, when present.
  public static func defaultDirectories(currentDirectory: String, executablePath: String)
    -> [String]
  {
    let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
    let shared = executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/coop/schemas").path
    return [currentDirectory + "/Algorithms/schemas", shared]
  }

  /// The file `reference` names: itself when it is a path to a `.coopschema` file, else the first
  /// `NAME.coopschema` in `directories`.
  public func path(of reference: String) throws(SchemaCatalogError) -> String {
    if reference.hasSuffix(".coopschema") || reference.contains("/") {
      guard FileManager.default.fileExists(atPath: reference) else {
        throw .notFound(reference: reference, searched: [])
      }
      return reference
    }
    for directory in directories {
      let candidate = directory + "/" + reference + ".coopschema"
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    throw .notFound(reference: reference, searched: directories)
  }

  /// The checked schema `reference` names.
  public func load(_ reference: String) throws(SchemaCatalogError) -> SchemaModel {
    let file = try path(of: reference)
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .unreadable(path: file)
    }
    return try Self.build(SourceText(path: file, bytes: [UInt8](data)))
  }

  /// The checked schema in `source`; its diagnostics, rendered, when it has errors.
  public static func build(_ source: SourceText) throws(SchemaCatalogError) -> SchemaModel {
    let (model, diagnostics) = SchemaBuilder.build(Parser.parse(source))
    guard let model else {
      let rendered = DiagnosticRenderer(colors: false).render(diagnostics.sorted, in: source)
      throw .invalid(path: source.path, diagnostics: rendered)
    }
    return model
  }
}
