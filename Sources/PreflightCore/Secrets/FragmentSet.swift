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
    /// For each pair of bytes `a, b` (at `a | b << 8`, as two bytes of a text read little-endian),
    /// in any ASCII case, whether a fragment holds that pair at its start (``opening``) or one
    /// byte in (``second``). A fragment, three bytes or longer, that occurs in a text covers a
    /// pair of the text starting at an even offset at one of those two places, so only every
    /// other pair of a text is tested, most of them on this table alone, and a pair is tested
    /// as a start only where it could be one.
    private let pairPlaces: [UInt8]
    /// In ``pairPlaces``: the pair opens a fragment.
    private static let opening: UInt8 = 1
    /// In ``pairPlaces``: the pair is a fragment's second and third bytes.
    private static let second: UInt8 = 2
    /// A bit for each fragment's first three bytes, lower-cased, at ``tripleBit(_:_:_:)``:
    /// the second sieve, run where a pair passed ``pairPlaces``, before fragments are compared.
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
        var places = [UInt8](repeating: 0, count: 65536)
        for fragment in lowered {
            for (offset, place) in [(0, FragmentSet.opening), (1, FragmentSet.second)] {
                for first in FragmentSet.cases(of: fragment[offset]) {
                    for second in FragmentSet.cases(of: fragment[offset + 1]) {
                        places[Int(first) | Int(second) << 8] |= place
                    }
                }
            }
        }
        pairPlaces = places
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
        return pairPlaces.withUnsafeBufferPointer { places in
            let raw = UnsafeRawPointer(base)
            let last = text.count &- 2
            var position = 0
            while position <= last {
                let place = places[Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt16.self)))]
                if place != 0 {
                    if place & FragmentSet.second != 0 && position > 0 && startsFragment(at: position &- 1, of: text) { return true }
                    if place & FragmentSet.opening != 0 && startsFragment(at: position, of: text) { return true }
                }
                position &+= 2
            }
            return false
        }
    }

    /// Whether any fragment occurs in `text`, ignoring ASCII case.
    public func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        // A String lends its bytes without being made a Substring first.
        if var string = text as? String { return string.withUTF8 { occurs(in: $0) } }
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
