import Foundation
import Testing

/// Whether an executable named `name` is on PATH.
private func onPath(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { directory in
        FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)")
    }
}

/// The report in a real browser: `scripts/report-check.sh` (what `make report-check` runs)
/// loads the page in headless Chromium and fails on any error.
@Suite(.enabled(if: onPath("chromium"), "chromium is not on PATH; install it with scripts/install-deps.sh --with-chromium"))
struct ReportBrowserCheckTests {
    let directory: URL

    init() throws {
        directory = try CLIRunner.newDirectory("browser")
    }

    /// Runs the check script on `page`, expecting `entities` nodes.
    func check(_ page: String, entities: Int) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLIRunner.repository.appendingPathComponent("scripts/report-check.sh").path, page, String(entities)]
        let errorFile = directory.appendingPathComponent("check-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try errors.close()
        return (process.terminationStatus, try String(contentsOf: errorFile, encoding: .utf8))
    }

    @Test func theBundledGraphsReportLoadsWithoutErrorsAndShowsEveryEntity() throws {
        let page = directory.appendingPathComponent("report.html").path
        let written = try CLIRunner.run(["report", "--pair", "El Mencho", "Sheinbaum", "-o", page])
        #expect(written.status == 0, "\(written.stderr)")
        let entities = try #require(try CLIRunner.run(["stats", "--format", "json"]).json()["nodes"] as? Int)
        let result = try check(page, entities: entities)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func theCheckFailsOnAPageWithAnError() throws {
        let page = directory.appendingPathComponent("report.html").path
        #expect(try CLIRunner.run(["report", CLIRunner.starter, "-o", page]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let broken = directory.appendingPathComponent("broken.html").path
        try html.replacingOccurrences(of: "<main>", with: "<main><script>notDefinedAnywhere();</script>")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try check(broken, entities: 11)
        #expect(result.status == 1)
        #expect(result.stderr.contains("notDefinedAnywhere is not defined"))
        let missing = directory.appendingPathComponent("missing.html").path
        try html.replacingOccurrences(of: "<main>", with: "<main><img src=\"nowhere.png\" alt=\"\">")
            .write(toFile: missing, atomically: true, encoding: .utf8)
        let load = try check(missing, entities: 11)
        #expect(load.status == 1)
        #expect(load.stderr.contains("failed to load"))
        // A page with the right script but the wrong drawing fails too.
        #expect(try check(page, entities: 12).status == 1)
        #expect(try check(page, entities: 11).status == 0)
    }
}
