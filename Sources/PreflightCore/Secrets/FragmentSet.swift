/// Byte fragments, at least three bytes long and matched ignoring ASCII case, of which one
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
    /// A bit for each pair of bytes `a, b` (at `a | b << 8`), in any ASCII case, set when a
    /// fragment holds that pair at its start or one byte in. A fragment, three bytes or
    /// longer, that occurs in a text covers a pair of the text starting at an even offset at
    /// one of those two places, so only every other pair of a text is tested, and most on
    /// this table alone.
    private let leadingPairs: [UInt64]
    /// The part of ``leadingPairs`` set by each fragment's first pair, at its start: a text pair
    /// outside it starts no fragment.
    private let openingPairs: [UInt64]
    /// The part of ``leadingPairs`` set by each fragment's second pair, one byte in: a text pair
    /// outside it follows no fragment's first byte.
    private let secondPairs: [UInt64]
    /// A bit for each fragment's first three bytes, lower-cased, at ``tripleBit(_:_:_:)``:
    /// the second sieve, run where a pair passed the first, before fragments are compared.
    private let openingTriples: [UInt64]
    /// Each byte, lower-cased if it is an ASCII capital.
    private let lowercased: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in UInt8(byte >= 65 && byte <= 90 ? byte | 32 : byte) }

    /// The set of `fragments`, each at least three bytes long.
    public init(_ fragments: [String]) {
        let lowered = Set(fragments.map { ByteSearch.lowercased($0.utf8) }).sorted { $0.lexicographicallyPrecedes($1) }
        precondition(lowered.allSatisfy { $0.count >= 3 }, "fragments are at least three bytes long")
        bytes = lowered.flatMap { $0 }
        starts = lowered.reduce(into: [0]) { starts, fragment in starts.append(starts.last! + fragment.count) }
        firstFragment = (0...256).map { byte in lowered.firstIndex { Int($0[0]) >= byte } ?? lowered.count }
        var pairs = [[UInt64]](repeating: [UInt64](repeating: 0, count: 1024), count: 2)
        for fragment in lowered {
            for offset in 0...1 {
                for first in FragmentSet.cases(of: fragment[offset]) {
                    for second in FragmentSet.cases(of: fragment[offset + 1]) {
                        let pair = Int(first) | Int(second) << 8
                        pairs[offset][pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                }
            }
        }
        openingPairs = pairs[0]
        secondPairs = pairs[1]
        leadingPairs = zip(pairs[0], pairs[1]).map { $0 | $1 }
        var triples = [UInt64](repeating: 0, count: 1024)
        for fragment in lowered {
            let bit = FragmentSet.tripleBit(fragment[0], fragment[1], fragment[2])
            triples[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        openingTriples = triples
    }

    /// Where three lower-cased bytes fall in ``openingTriples``: a hash into 65,536 bits.
    private static func tripleBit(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        (Int(first) &<< 10 ^ Int(second) &<< 5 ^ Int(third)) & 0xFFFF
    }

    /// `byte`, a lower-cased byte, and its capital when it is an ASCII letter.
    private static func cases(of byte: UInt8) -> [UInt8] {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? [byte, byte - 32] : [byte]
    }

    /// Whether any fragment occurs in `text`, ignoring ASCII case.
    public func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 3, let base = text.baseAddress else { return false }
        return leadingPairs.withUnsafeBufferPointer { leadingPairs in
            let last = text.count &- 2
            var position = 0
            while position <= last {
                let pair = Int(base[position]) | Int(base[position &+ 1]) << 8
                let word = pair &>> 6, bit: UInt64 = 1 &<< UInt64(pair & 63)
                if leadingPairs[word] & bit != 0 {
                    if position > 0 && secondPairs[word] & bit != 0 && startsFragment(at: position &- 1, of: text) { return true }
                    if openingPairs[word] & bit != 0 && startsFragment(at: position, of: text) { return true }
                }
                position &+= 2
            }
            return false
        }
    }

    /// Whether any fragment occurs in `text`, ignoring ASCII case.
    public func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        var text = Substring(text)
        return text.withUTF8 { occurs(in: $0) }
    }

    /// Whether a fragment starts at `position` of `text`: the three bytes there are sieved on
    /// ``openingTriples`` before any fragment is compared.
    private func startsFragment(at position: Int, of text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position &+ 2 < text.count else { return false }
        return lowercased.withUnsafeBufferPointer { lowercased in
            let first = lowercased[Int(text[position])]
            let bit = FragmentSet.tripleBit(first, lowercased[Int(text[position &+ 1])], lowercased[Int(text[position &+ 2])])
            guard openingTriples[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 else { return false }
            return bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    let first = Int(first)
                    for fragment in firstFragment[first]..<firstFragment[first + 1] {
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
}
