#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
  private let systemWrite = Darwin.write
#endif

/// Whole-file reads and atomic, durable writes with explicit permissions.
public enum SecureFile {
  /// Permission bits that must be clear on a secret file: any access by group or others.
  public static let groupOrOtherBits: UInt32 = 0o077

  /// The contents of the file at `path`.
  public static func read(_ path: String) throws -> [UInt8] {
    try withOpenFile(path) { fd, _ in try readAll(fd, path: path) }
  }

  /// The contents of a secret file, refused if its group or others may access it. The mode is
  /// checked on the opened descriptor, so the file checked is the file read.
  public static func readSecret(_ path: String) throws -> [UInt8] {
    try withOpenFile(path) { fd, mode in
      guard mode & groupOrOtherBits == 0 else {
        throw FileError.insecurePermissions(path: path, mode: mode & 0o777)
      }
      return try readAll(fd, path: path)
    }
  }

  /// Writes `bytes` to `path` atomically (temporary file, fsync, rename) with `mode`.
  /// Refuses to replace an existing file unless `replace` is set.
  public static func write(
    _ bytes: [UInt8], to path: String, mode: UInt32, replace: Bool = false
  ) throws {
    if !replace && access(path, F_OK) == 0 { throw FileError.exists(path: path) }
    let temporary = path + ".tmp-" + Hex.encode(SecureRandom.bytes(6))
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
    guard fd >= 0 else { throw error(temporary) }
    do {
      // The umask may have cleared bits of `mode`; set them exactly.
      guard fchmod(fd, mode_t(mode)) == 0 else { throw error(temporary) }
      try writeAll(bytes, to: fd, path: temporary)
      guard fsync(fd) == 0 else { throw error(temporary) }
      close(fd)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    // link() refuses an existing target atomically; rename() replaces it atomically.
    let status = replace ? rename(temporary, path) : link(temporary, path)
    let failure = status == 0 ? nil : (errno == EEXIST ? FileError.exists(path: path) : error(path))
    if status != 0 || !replace { unlink(temporary) }
    if let failure { throw failure }
    syncDirectory(of: path)
  }

  /// Flushes the directory entry of `path`, so a completed rename survives a crash.
  private static func syncDirectory(of path: String) {
    let directory =
      path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let fd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  /// Appends to the file at `path` (created 0644 if missing) under an exclusive lock:
  /// `makeSuffix` sees the current contents and returns the bytes to append, which are written
  /// with `O_APPEND` and flushed with `fsync` before the lock is released.
  public static func append(
    to path: String, _ makeSuffix: ([UInt8]) throws -> [UInt8]
  ) throws {
    let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw error(path) }
    defer { close(fd) }
    guard flock(fd, LOCK_EX) == 0 else { throw error(path) }
    defer { flock(fd, LOCK_UN) }
    let suffix = try makeSuffix(readAll(fd, path: path))
    try writeAll(suffix, to: fd, path: path)
    guard fsync(fd) == 0 else { throw error(path) }
  }

  /// Writes every byte of `bytes` to `fd`.
  static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw error(path)
      }
      offset += written
    }
  }

  /// The error the operating system just reported about `path`.
  static func error(_ path: String) -> FileError {
    .io(path: path, reason: String(cString: strerror(errno)))
  }

  private static func withOpenFile<R>(
    _ path: String, _ body: (Int32, UInt32) throws -> R
  ) throws -> R {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw error(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw error(path) }
    return try body(fd, UInt32(info.st_mode))
  }

  private static func readAll(_ fd: Int32, path: String) throws -> [UInt8] {
    var out = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw error(path)
      }
      if count == 0 { return out }
      out.append(contentsOf: chunk[0..<count])
    }
  }
}
