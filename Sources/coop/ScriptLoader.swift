import ArgumentParser
import CoopCrypto
import CoopLang
import Foundation

/// Reads and checks a script for the commands that need a checked one (explain, bundle, run),
/// printing its diagnostics and failing with exit status 1 when it has errors.
struct ScriptLoader {
  /// Directories given with `--schemas`; empty means the defaults.
  var schemaDirectories: [String]

  /// The checked script at `path`.
  func check(_ path: String) throws -> CheckedScript {
    let source = SourceText(path: path, bytes: try SourceFiles.read(path))
    let directories =
      schemaDirectories.isEmpty
      ? SchemaRegistry.defaultDirectories(forScriptAt: path) : schemaDirectories.map { URL(fileURLWithPath: $0) }
    let result = Checker.check(source, registry: SchemaRegistry(directories: directories))
    guard let script = result.script else {
      let renderer = DiagnosticRenderer(colors: Terminal.colorsOnStdout)
      Terminal.write(renderer.render(result.diagnostics.sorted, in: source))
      if result.script == nil && !result.diagnostics.hasErrors {
        Terminal.error("coop: '\(path)' is a schema, not a script")
        throw ExitCode(2)
      }
      throw ExitCode(1)
    }
    return script
  }

  /// The canonical manifest of a checked script, with BLAKE2b-256 hashes.
  static func manifest(_ script: CheckedScript) -> Manifest {
    Manifest(script) { Digest(hashing: Array($0.utf8)).hex }
  }
}
