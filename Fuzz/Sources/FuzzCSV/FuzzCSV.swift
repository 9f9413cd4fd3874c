import FuzzSupport
import NetGraph

/// Feeds arbitrary bytes to the CSV graph reader as a node file (the edge file empty), and
/// as the edge file beside a fixed node file; then to the reader of Neo4j's own import files
/// as a node file, and as a relationship file beside a fixed node file. Each read must give a
/// graph or an error.
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = String(validating: fuzzBytes(data, size), as: UTF8.self) else { return 0 }
    let nodes = "id,name,kind,aliases,description,since,until,attributes\na,A,person,,,,,\nb,B,cartel,,,,,\n"
    let edgeHeader = "src,dst,relationship,weight,date,since,until,status,source,quote,attributes\n"
    _ = try? CSVGraphFormat.graphframes.read(folder: "fuzz", limits: fuzzLimits) { name in
        name == "vertices.csv" ? text : name == "edges.csv" ? edgeHeader : nil
    }
    _ = try? CSVGraphFormat.graphframes.read(folder: "fuzz", limits: fuzzLimits) { name in
        name == "vertices.csv" ? nodes : name == "edges.csv" ? edgeHeader + text : nil
    }
    let people = "personId:ID(Person),name,born:int,:LABEL\n1,A,1964,Person\n2,B,1970,Person;Actor\n"
    _ = try? CSVGraphFormat.neo4j.read(folder: "fuzz", limits: fuzzLimits, names: ["people.csv"]) { name in
        name == "people.csv" ? text : nil
    }
    _ = try? CSVGraphFormat.neo4j.read(folder: "fuzz", limits: fuzzLimits, names: ["people.csv", "knows.csv"]) { name in
        name == "people.csv" ? people : name == "knows.csv" ? text : nil
    }
    return 0
}

@_cdecl("FuzzCSV_main")
func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzCSV(data, size) }
}
