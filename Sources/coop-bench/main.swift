// `make bench`: Coop's benchmarks, each printed with a ratio against a baseline measured in the
// same run on the same machine. See Docs/benchmarks.md. Pass a name (parse, samplers, check, engine,
// timing, federation) to run one.
import Foundation

let only = CommandLine.arguments.dropFirst().first
if only == nil || only == "parse" { ParseBenchmark.run() }
if only == nil || only == "samplers" { runSamplerBenchmarks() }
if only == nil || only == "check" { CheckBenchmark.run() }
if only == nil || only == "engine" { EngineBenchmark.run() }
if only == nil || only == "timing" { TimingBenchmark.run() }
if only == nil || only == "federation" {
  setenv("LOG_LEVEL", "critical", 0)  // the in-process hub's server logs would interleave
  await FederationBenchmark.run()
}
