import Testing
@testable import NetGraph

/// The JSON text writer against ``JSONValue``'s own text for the same values.
@Suite struct JSONTextWriterTests {
    static func randomValue(depth: Int) -> JSONValue {
        let texts = ["", "a", "é\"\\\n", "\u{2028}", "\u{FEFF}x", "😀"]
        switch Int.random(in: 0...(depth > 3 ? 5 : 7)) {
        case 0: return .null
        case 1: return .bool(Bool.random())
        case 2: return .int(Int.random(in: -1_000_000...1_000_000))
        case 3: return .double([0.1, -2.5e-300, 1e21, .infinity, .nan, 3].randomElement()!)
        case 4, 5: return .string(texts.randomElement()!)
        case 6: return .array((0..<Int.random(in: 0...3)).map { _ in randomValue(depth: depth + 1) })
        default: return .object((0..<Int.random(in: 0...3)).map { ("k\($0)" + texts.randomElement()!, randomValue(depth: depth + 1)) })
        }
    }

    /// Writes `value` through the writer's primitives, as a result writer would.
    static func write(_ value: JSONValue, to json: inout JSONTextWriter) {
        switch value {
        case .null: json.null()
        case .bool(let flag): json.bool(flag)
        case .int(let number): json.int(number)
        case .double(let number): json.number(number)
        case .string(let text): json.string(text)
        case .array(let items):
            json.beginArray()
            for item in items { write(item, to: &json) }
            json.endArray()
        case .object(let members):
            json.beginObject()
            for (key, member) in members {
                json.key(key)
                write(member, to: &json)
            }
            json.endObject()
        }
    }

    @Test func primitivesWriteWhatTheValueWrites() {
        for _ in 0..<2000 {
            let value = JSONValue.array([Self.randomValue(depth: 0), Self.randomValue(depth: 0)])
            var json = JSONTextWriter()
            Self.write(value, to: &json)
            #expect(String(decoding: json.bytes, as: UTF8.self) == value.serialized())
            var whole = JSONTextWriter()
            whole.beginArray()
            whole.value(value)
            whole.string(nil)
            whole.number(nil)
            whole.endArray()
            #expect(String(decoding: whole.bytes, as: UTF8.self) == "[" + value.serialized() + ",null,null]")
        }
    }

    /// Numbers are spelled from their digits in place of `description`: any bit pattern of a
    /// finite double, the extremes and both zeros give the same text, through the writer and
    /// through ``JSONValue``.
    @Test func numbersAreSpelledAsTheirDescription() {
        var generator = SystemRandomNumberGenerator()
        let edges: [Double] = [0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude,
                               -2.2250738585072014e-308, 1e21, 1e-7, 123456789012345680, 0.1 + 0.2]
        let random = (0..<20_000).map { _ in Double(bitPattern: generator.next()) }.filter(\.isFinite)
        // Whole numbers below 2⁵³ take their own path: both sides of that bound, powers of
        // ten, small ones of both signs, and random ones of every size below it.
        let whole: [Double] = [1, -1, 9, 10, 0x1p53 - 1, -(0x1p53 - 1), 0x1p53, -0x1p53, 0x1p53 + 2, 1e15, 1e16]
            + (0..<5_000).map { _ in Double(Int64.random(in: -(1 << 53)...(1 << 53), using: &generator)) }
            + (0..<5_000).map { _ in Double(Int.random(in: -1000...1000, using: &generator)) }
        for value in edges + whole + random {
            var json = JSONTextWriter()
            json.number(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == value.description)
            #expect(JSONValue.double(value).serialized() == value.description)
        }
    }

    /// The word-at-a-time test of whether a string needs escaping, against the byte-by-byte
    /// definition: every byte value at every position of plain texts of 1 to 17 bytes (so in
    /// each lane of a word, and in the tail after the words), on either side of a plain
    /// neighbour.
    @Test func everyByteThatNeedsEscapingIsFoundInEveryLane() {
        for length in 1...17 {
            for position in 0..<length {
                for byte in UInt8.min...UInt8.max {
                    var text = [UInt8](repeating: UInt8(ascii: "a") &+ UInt8(position % 26), count: length)
                    text[position] = byte
                    let escaped = byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C
                    #expect(text.withUnsafeBufferPointer { JSONTextWriter.isPlain($0) } == !escaped)
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { JSONTextWriter.isPlain($0) })
    }

    @Test func integersAreSpelledAsTheirDescription() {
        for value in [0, -1, 9, 10, -10, .max, .min, 1_000_000_007] + (0..<5_000).map({ _ in Int.random(in: .min ... .max) }) {
            var json = JSONTextWriter()
            json.int(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func flushingKeepsThePlaceInTheStructure() {
        var json = JSONTextWriter()
        json.beginArray()
        json.int(1)
        var text = json.bytes
        json.removeWritten()
        json.int(2)
        json.endArray()
        text += json.bytes
        #expect(String(decoding: text, as: UTF8.self) == "[1,2]")
    }

    /// The writer is a value: a copy goes on with its own text, however long either grows.
    @Test func aCopyWritesItsOwnText() {
        var first = JSONTextWriter()
        // Room to spare when the copy is made (the flushed text's), so that neither has to
        // grow before writing.
        first.beginArray()
        first.string(String(repeating: "x", count: 10_000))
        first.removeWritten()
        first.string("shared")
        var second = first
        first.string("first")
        for index in 0..<2_000 { second.int(index) }
        first.endArray()
        second.endArray()
        #expect(String(decoding: first.bytes, as: UTF8.self) == #","shared","first"]"#)
        #expect(String(decoding: second.bytes, as: UTF8.self) == #","shared","# + (0..<2_000).map(String.init).joined(separator: ",") + "]")
    }

    /// A name encoded once writes what the same name given as text writes, escapes and
    /// separating commas included.
    @Test func namesEncodedOnceWriteWhatTextNamesWrite() {
        for name in ["id", "", "a\"b", "back\\slash", "tab\there", "ñandú", "\u{1}", "line\nbreak"] {
            func written(_ key: (inout JSONTextWriter, String) -> Void) -> [UInt8] {
                var json = JSONTextWriter()
                json.beginObject()
                key(&json, name)
                json.int(1)
                key(&json, name + "2")
                json.string(name)
                json.endObject()
                return json.bytes
            }
            let once = written { $0.key(JSONTextWriter.Name($1)) }
            let text = written { $0.key($1) }
            #expect(once == text, "\(name.debugDescription)")
            #expect(String(decoding: once, as: UTF8.self)
                    == JSONValue.object([(name, .int(1)), (name + "2", .string(name))]).serialized(pretty: false))
        }
    }
}
