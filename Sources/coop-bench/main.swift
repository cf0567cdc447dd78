print("coop-bench")
runSamplerBenchmarks()
