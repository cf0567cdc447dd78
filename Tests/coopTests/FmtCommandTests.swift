import Foundation
import Testing

@Suite("coop fmt")
struct FmtCommandTests {
  static let messy = "algorithm ok version 1 uses mobility 1\nprivacy unit employee epsilon 0.5 min_group 5\nfrom employees e release n=count()\n"

  private func write(_ text: String, _ name: String, in dir: URL) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test("rewrites in place, then --check passes")
  func inPlace() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let url = try write(Self.messy, "a.coop", in: dir)
    #expect(try CoopProcess.run(["fmt", "--check", "a.coop"], in: dir).status == 1)
    #expect(try CoopProcess.run(["fmt", "a.coop"], in: dir).status == 0)
    #expect(try String(contentsOf: url, encoding: .utf8) == CheckCommandTests.clean)
    let check = try CoopProcess.run(["fmt", "--check", "a.coop"], in: dir)
    #expect(check.status == 0 && check.stdout.isEmpty)
  }

  @Test("--check names the files that would change and changes nothing")
  func check() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let url = try write(Self.messy, "a.coop", in: dir)
    let result = try CoopProcess.run(["fmt", "--check", "a.coop"], in: dir)
    #expect(result.status == 1)
    #expect(result.stdout == "a.coop: would be reformatted\n")
    #expect(try String(contentsOf: url, encoding: .utf8) == Self.messy)
  }

  @Test("--stdout prints and changes nothing")
  func stdout() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let url = try write(Self.messy, "a.coop", in: dir)
    let result = try CoopProcess.run(["fmt", "--stdout", "a.coop"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout == CheckCommandTests.clean)
    #expect(try String(contentsOf: url, encoding: .utf8) == Self.messy)
  }

  @Test("a file with errors is reported and left untouched")
  func errors() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let url = try write("algorithm x version\n", "bad.coop", in: dir)
    let result = try CoopProcess.run(["fmt", "bad.coop"], in: dir, environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("error[E0101]"))
    #expect(try String(contentsOf: url, encoding: .utf8) == "algorithm x version\n")
  }
}
