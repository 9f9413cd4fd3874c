import Testing
@testable import NetGraph

/// The attribute a JSON value stands for, as the DOT reader and the CSV folders read the
/// values of an `attributes` object.
@Suite struct AttributeValueTests {
    @Test func scalarsBecomeAttributesAndNothingElseDoes() throws {
        #expect(AttributeValue(json: .string("x")) == .string("x"))
        #expect(AttributeValue(json: .int(3)) == .number(3))
        #expect(AttributeValue(json: .double(2.5)) == .number(2.5))
        #expect(AttributeValue(json: .bool(false)) == .bool(false))
        #expect(AttributeValue(json: .null) == nil)
        #expect(AttributeValue(json: .array([.int(1)])) == nil)
        #expect(AttributeValue(json: try JSONValue.parse(#"{"a": 1}"#)) == nil)
    }
}
