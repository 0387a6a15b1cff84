#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ByteSearch {
    /// Calls `body` with each line of `bytes`, in order: its 1-based number and the range of
    /// its bytes without the line break (`\n`, or `\r\n`); each `\n` is found with `memchr`.
    /// Line numbers are those of every editor: text ending in a line break ends with an empty
    /// line, and a file with Windows line endings has as many lines as with Unix ones. Stops
    /// early when `body` returns false.
    static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ range: Range<Int>) -> Bool) {
        guard let base = bytes.baseAddress else {
            _ = body(1, 0..<0)
            return
        }
        var number = 1
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
            let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            let end = newline > start && base[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            guard body(number, start..<end) else { return }
            number += 1
            start = newline + 1
        }
        _ = body(number, start..<bytes.count)
    }
}
