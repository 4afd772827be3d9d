import ArgumentParser
import Forecasting
import Foundation

/// `prognos-bench jamfor`: fits every model to every series of the data folder, evaluates our likelihood at
/// R's estimates where R's whole-series fits are there, and makes the forecasts from every origin of
/// `ursprung.csv`; writes `prognos_fits.csv` (with R's fits only) and `prognos_rullande.csv` into the data
/// folder for `bench/ets_driver.py`.
struct JamforCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jamfor",
        abstract: "Skatta modellerna på seriernas data, räkna likelihood vid R:s skattningar och prognoser från varje ursprung."
    )

    @Option(help: "Mapp med serier.csv, serier/NAMN.csv och ursprung.csv (bench/ets_serier.R), ev. r_fits.csv (bench/ets_peers.R).")
    var data: String

    @Option(help: "Modeller, t.ex. ANN,AAdN,AAA,MAM; ZZZ är automatiskt val med AICc, KOMB kandidaterna vägda med Akaikevikter (bara rullande prognoser).")
    var modeller = "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ"

    func run() throws {
        let series = try Benchfiler.rows("\(data)/serier.csv").map { row -> (String, Int) in
            guard row.count >= 2, let period = Int(row[1]) else { throw BenchFel("serier.csv: rad utan period") }
            return (row[0], period)
        }
        let origins = try Dictionary(grouping: Benchfiler.rows("\(data)/ursprung.csv").map { row -> (String, Int, Int) in
            guard row.count >= 3, let cut = Int(row[1]), let horizon = Int(row[2]) else {
                throw BenchFel("ursprung.csv: rad utan ursprung eller horisont")
            }
            return (row[0], cut, horizon)
        }, by: \.0)
        let withWholeSeries = FileManager.default.fileExists(atPath: "\(data)/r_fits.csv")
        var rFits: [String: [String]] = [:]
        if withWholeSeries {
            for row in try Benchfiler.rows("\(data)/r_fits.csv") {
                guard row.count >= 6 else { throw BenchFel("r_fits.csv: för få kolumner") }
                rFits["\(row[0])/\(row[1])"] = row
            }
        }
        var fitLines: [String] = [], rollingLines: [String] = []
        for (name, period) in series {
            let y = try Benchfiler.series("\(data)/serier/\(name).csv")
            // The Akaike-weight combination and the AICc selection rest on the same fitted candidates,
            // fitted once per origin.
            var combinations: [Int: ETSCombination?] = [:]
            func combination(_ cut: Int) -> ETSCombination? {
                if let known = combinations[cut] { return known }
                let fitted = try? ETSCombination.fit(Array(y[..<cut]), period: period)
                combinations[cut] = fitted
                return fitted
            }
            let codes = modeller.split(separator: ",").map(String.init)
            for code in codes {
                if code == "KOMB" || (code == "ZZZ" && codes.contains("KOMB")) {
                    for (_, cut, horizon) in origins[name] ?? [] {
                        let fitted = combination(cut)
                        let forecast = code == "KOMB" ? try? fitted?.forecast(horizon: horizon)
                                                      : try? fitted?.selected.forecast(horizon: horizon).mean
                        let model = fitted?.selected
                        let described = model.map { "\($0.logLikelihood),\($0.specification.code),\(Self.named($0.parameters))" } ?? "NA,NA,NA"
                        for step in 0..<horizon {
                            rollingLines.append("\(name),\(code),\(cut),\(step + 1),\(forecast.map { "\($0[step])" } ?? "NA"),\(described)")
                        }
                    }
                    continue
                }
                let choice = try Self.choice(code)
                if withWholeSeries {
                    let clock = ContinuousClock()
                    var model: ETSModel?
                    let elapsed = clock.measure { model = try? ETSModel.fit(y, period: period, model: choice) }
                    let atR = try rFits["\(name)/\(code)"].flatMap { try Self.evaluate(y, period: period, code: code, rRow: $0) }
                    fitLines.append([name, code, model.map { "\($0.logLikelihood)" } ?? "NA",
                                     model.map { "\($0.aicc)" } ?? "NA", atR.map { "\($0)" } ?? "NA",
                                     "\(Self.seconds(elapsed))", model?.specification.code ?? "NA"].joined(separator: ","))
                }
                for (_, cut, horizon) in origins[name] ?? [] {
                    let model = try? ETSModel.fit(Array(y[..<cut]), period: period, model: choice)
                    let forecast = try? model?.forecast(horizon: horizon)
                    let fitted = model.map { "\($0.logLikelihood),\($0.specification.code),\(Self.named($0.parameters))" } ?? "NA,NA,NA"
                    for step in 0..<horizon {
                        rollingLines.append("\(name),\(code),\(cut),\(step + 1),\(forecast.map { "\($0.mean[step])" } ?? "NA"),\(fitted)")
                    }
                }
            }
            Utskrift.fel("prognos-bench: \(name) klar")
        }
        if withWholeSeries {
            try Benchfiler.write("\(data)/prognos_fits.csv",
                                 header: "serie,modell,loglik,aicc,loglik_vid_r,sekunder,vald_modell", lines: fitLines)
        }
        try Benchfiler.write("\(data)/prognos_rullande.csv",
                             header: "serie,modell,ursprung,steg,prognos,loglik,vald_modell,parametrar", lines: rollingLines)
    }

    /// Smoothing parameters as `alpha=…;beta=…`, R's names.
    static func named(_ p: ETSParameters) -> String {
        [("alpha", p.alpha), ("beta", p.beta), ("gamma", p.gamma), ("phi", p.phi)]
            .compactMap { name, value in value.map { "\(name)=\($0)" } }.joined(separator: ";")
    }

    static func choice(_ code: String) throws -> ETSModelChoice {
        if code == "ZZZ" { return .automatic }
        guard let specification = ETSSpecification(code: code) else { throw BenchFel("okänd modell \(code)") }
        return .specified(specification)
    }

    /// Our log-likelihood at R's estimates; `nil` for the automatic choice or where R fitted nothing.
    static func evaluate(_ y: [Double], period: Int, code: String, rRow: [String]) throws -> Double? {
        guard code != "ZZZ", let specification = ETSSpecification(code: code), rRow[4] != "NA" else { return nil }
        let p = try Benchfiler.namedValues(rRow[4]), x = try Benchfiler.namedValues(rRow[5])
        guard let alpha = p["alpha"], let level = x["l"] else { throw BenchFel("r_fits.csv: alpha eller l saknas") }
        let m = specification.season != .none ? period : 1
        let parameters = ETSParameters(alpha: alpha, beta: p["beta"], gamma: p["gamma"], phi: p["phi"])
        let seasonal = specification.season != .none ? try (1...m).map { i -> Double in
            guard let value = x["s\(i)"] else { throw BenchFel("r_fits.csv: s\(i) saknas") }
            return value
        } : []
        let state = ETSState(level: level, slope: x["b"], seasonal: seasonal)
        return try ETSModel(series: y, period: m, specification: specification, parameters: parameters,
                            initialState: state).logLikelihood
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

/// Progress and errors on standard error, so standard output stays for results.
enum Utskrift {
    static func fel(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
