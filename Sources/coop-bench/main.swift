print("coop-bench")
