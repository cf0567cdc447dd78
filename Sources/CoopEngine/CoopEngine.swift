/// The edge engine: store, import, sandboxed executor, DP mechanisms and budget ledger.
///
/// Its parts land with the engine issue; until then this module exports nothing.
public enum CoopEngine {}
