#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LoadedFile {
    /// The lines of `text`, without their line breaks (`\n` or `\r\n`), found in one pass
    /// over its UTF-8 bytes. Line numbers are those of every editor: a file with Windows line
    /// endings has as many lines as the same file with Unix ones.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { lines(of: text, bytes: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { lines(of: text, bytes: $0) }
    }

    /// The lines of `text`, whose UTF-8 bytes are `bytes`: each `\n` found with `memchr`,
    /// each line cut from `text` at byte offsets (a `\n` or `\r` is one byte, never part of
    /// another character's encoding).
    private static func lines(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let utf8 = text.utf8
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [text[...]] }
        var lines: [Substring] = []
        lines.reserveCapacity(lineCount(of: bytes))
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
            let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            let end = newline > start && base[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            lines.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            start = newline + 1
        }
        lines.append(text[utf8.index(utf8.startIndex, offsetBy: start)...])
        return lines
    }

    /// How many lines `bytes` holds: one more than its `\n`s, counted with `memchr`, so that
    /// the array of lines is made at its final size.
    private static func lineCount(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 1 }
        var count = 1
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
            count += 1
            start = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
        return count
    }
}
