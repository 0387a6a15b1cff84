/// Byte fragments, at least two bytes long and matched ignoring ASCII case, of which one
/// pass over a text finds whether any occurs: the cheap test run on every line before a
/// costlier scan.
public struct FragmentSet: Sendable {
    /// The fragments, lower-cased, end to end, ordered by first byte.
    private let bytes: [UInt8]
    /// Where each fragment starts in ``bytes``, plus the end of the last one.
    private let starts: [Int]
    /// For each first byte, the first fragment beginning with it; fragments starting
    /// with byte `b` are `firstFragment[b]..<firstFragment[b + 1]`.
    private let firstFragment: [Int]
    /// A bit for each pair of lower-cased bytes, set when a fragment starts with that pair:
    /// most positions of a text are passed over on this test alone.
    private let openingPairs: [UInt64]
    /// Each byte, lower-cased if it is an ASCII capital.
    private let lowercased: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in UInt8(byte >= 65 && byte <= 90 ? byte | 32 : byte) }

    /// The set of `fragments`, each at least two bytes long.
    public init(_ fragments: [String]) {
        let lowered = Set(fragments.map { ByteSearch.lowercased($0.utf8) }).sorted { $0.lexicographicallyPrecedes($1) }
        precondition(lowered.allSatisfy { $0.count >= 2 }, "fragments are at least two bytes long")
        bytes = lowered.flatMap { $0 }
        starts = lowered.reduce(into: [0]) { starts, fragment in starts.append(starts.last! + fragment.count) }
        firstFragment = (0...256).map { byte in lowered.firstIndex { Int($0[0]) >= byte } ?? lowered.count }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for fragment in lowered {
            let pair = Int(fragment[0]) << 8 | Int(fragment[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        openingPairs = pairs
    }

    /// Whether any fragment occurs in `text`, ignoring ASCII case.
    public func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 2 else { return false }
        return lowercased.withUnsafeBufferPointer { lowercased in
            openingPairs.withUnsafeBufferPointer { openingPairs in
                var first = lowercased[Int(text[0])]
                for position in 0..<(text.count - 1) {
                    let second = lowercased[Int(text[position + 1])]
                    defer { first = second }
                    let pair = Int(first) << 8 | Int(second)
                    if openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
                        && startsFragment(at: position, of: text, first: first, lowercased: lowercased) {
                        return true
                    }
                }
                return false
            }
        }
    }

    /// Whether any fragment occurs in `text`, ignoring ASCII case.
    public func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        var text = Substring(text)
        return text.withUTF8 { occurs(in: $0) }
    }

    /// Whether a fragment starting with `first` (lower-cased) starts at `position`.
    private func startsFragment(at position: Int, of text: UnsafeBufferPointer<UInt8>, first: UInt8,
                                lowercased: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                for fragment in firstFragment[Int(first)]..<firstFragment[Int(first) + 1] {
                    let start = starts[fragment]
                    let count = starts[fragment + 1] - start
                    guard position + count <= text.count else { continue }
                    var offset = 1
                    while offset < count && lowercased[Int(text[position + offset])] == bytes[start + offset] { offset += 1 }
                    if offset == count { return true }
                }
                return false
            }
        }
    }
}
