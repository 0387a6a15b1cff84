/// A known key format: a prefix, the characters allowed after it, and the least number
/// of them (`ghp_` and 30 ASCII letters or digits for a GitHub token).
struct KeyFormat: Sendable {
    /// The characters a key may hold after its prefix.
    enum Alphabet: Sendable {
        /// ASCII letters, digits, `-` and `_`.
        case token
        /// ASCII letters and digits.
        case alphanumeric
        /// ASCII capitals and digits.
        case upperAlphanumeric

        /// Whether `character` may follow the prefix.
        func allows(_ character: Character) -> Bool {
            switch self {
            case .token: return character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
            case .alphanumeric: return character.isASCII && (character.isLetter || character.isNumber)
            case .upperAlphanumeric: return character.isASCII && (character.isUppercase || character.isNumber)
            }
        }

        /// Whether `byte`, taken as a Character of its own, may follow the prefix: the answer
        /// ``allows(_:)-(Character)`` gives for an ASCII byte.
        func allows(_ byte: UInt8) -> Bool {
            let capital = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let small = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            switch self {
            case .token: return capital || digit || small || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            case .alphanumeric: return capital || digit || small
            case .upperAlphanumeric: return capital || digit
            }
        }
    }

    /// The prefix that opens a key, such as `ghp_`.
    let prefix: String
    /// What a key in this format is ("GitHub token").
    let kind: String
    /// The least number of characters after the prefix.
    let minimum: Int
    /// The characters allowed after the prefix.
    let alphabet: Alphabet

    init(_ prefix: String, _ kind: String, _ minimum: Int, _ alphabet: Alphabet) {
        self.prefix = prefix
        self.kind = kind
        self.minimum = minimum
        self.alphabet = alphabet
    }
}
