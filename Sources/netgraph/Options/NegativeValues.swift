/// `--alpha -1` as `--alpha=-1`. The argument parser takes a word that starts with `-` for
/// an option, so a negative value after a space was answered "Missing value" instead of being
/// judged (and refused with a reason where the option must be positive). netgraph has no
/// positional argument that is a negative number, so a number after an option is its value.
enum NegativeValues {
    static func joined(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { result += arguments[index...]; break }
            if word.hasPrefix("--"), !word.contains("="), index + 1 < arguments.count, isNegativeNumber(arguments[index + 1]) {
                result.append(word + "=" + arguments[index + 1])
                index += 2
                continue
            }
            result.append(word)
            index += 1
        }
        return result
    }

    /// `-1`, `-0.5`, `-1e-3`, `-inf`: what Double or Int reads, with a leading minus.
    static func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && Double(word) != nil
    }
}
