extension Unicode.Scalar {
    /// Whether the scalar is a control character, general category Cc: U+0000–U+001F and
    /// U+007F–U+009F. The same answer as `properties.generalCategory == .control`, which looks
    /// the scalar up in the Unicode tables: the id checks run it on every character of every id
    /// a reader meets, where that look-up was an eighth of reading a large GraphML file.
    package var isControlCharacter: Bool {
        value < 0x20 || (value >= 0x7F && value <= 0x9F)
    }
}
