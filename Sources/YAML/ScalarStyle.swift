/// How a scalar was written. A quoted `"true"` is text; a plain `true` may be a boolean.
public enum ScalarStyle: String, Sendable, Hashable {
    /// Unquoted.
    case plain
    /// `'single quoted'`.
    case singleQuoted
    /// `"double quoted"`.
    case doubleQuoted
    /// A `|` block.
    case literal
    /// A `>` block.
    case folded
}
