import Foundation

/// The secrets found on lines that hold a hint of one, kept for the texts quoted again and
/// again: the same message, note or source line comes back for agent after agent, and
/// matching a hinted line costs far more than looking it up. Shared by the threads that
/// assess agents; it keeps at most ``capacity`` lines and then only looks up.
///
/// Lines are told apart by their bytes, not as Strings: two Strings in different Unicode
/// normal forms are equal, but a secret found in one is not written in the other, and
/// redaction masks the bytes it finds.
final class LineMatchMemo: @unchecked Sendable {
    /// The memo redaction uses.
    static let shared = LineMatchMemo()

    /// The most lines kept.
    let capacity: Int
    private let lock = NSLock()
    private var known: [LineBytes: [SecretMatch]] = [:]

    /// A memo that keeps at most `capacity` lines.
    init(capacity: Int = 8192) {
        self.capacity = capacity
    }

    /// The secrets on `line`: those kept for it, or else `find(line)`, then kept while there is room.
    func matches(inLine line: String, find: (String) -> [SecretMatch]) -> [SecretMatch] {
        let key = LineBytes(text: line)
        lock.lock()
        let kept = known[key]
        lock.unlock()
        if let kept { return kept }
        let found = find(line)
        lock.lock()
        if known.count < capacity { known[key] = found }
        lock.unlock()
        return found
    }

    /// A line as a key: hashed and compared on its UTF-8 bytes, read in place.
    private struct LineBytes: Hashable {
        /// The line.
        let text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: LineBytes, rhs: LineBytes) -> Bool {
            var left = lhs.text, right = rhs.text
            return left.withUTF8 { left in
                right.withUTF8 { right in
                    left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
        }
    }
}
