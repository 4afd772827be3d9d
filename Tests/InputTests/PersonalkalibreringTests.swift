import Application
import Foundation
import Personal
import Testing
@testable import Input

/// The shipped calibration targets against their documents, and the calibration of the default scenario to them.
@Suite("Personalkalibrering")
struct PersonalkalibreringTests {
    private static let data = Projekt.rot.appendingPathComponent("notebooks-data/personal-blekinge-2018")

    /// The cited lines of a `kalla` like "fil.txt:4140" or "fil.txt:4146-4147 (…)", joined, without spaces.
    private func rader(_ kalla: String) throws -> String {
        let forsta = String(kalla.split(separator: " ")[0])
        let delar = forsta.split(separator: ":")
        let text = try String(contentsOf: Projekt.kallor.appendingPathComponent(String(delar[0])), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let granser = delar[1].split(separator: "-").compactMap { Int($0) }
        return text[(granser[0] - 1)...(granser.last! - 1)].joined().filter { !$0.isWhitespace }
    }

    private func svenskt(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x).replacingOccurrences(of: ".", with: ",")
    }

    @Test("Every target in mal.csv stands on its cited line, or is the sum the citation shows of figures on those lines")
    func kallor() throws {
        let mal = try Personaldata.las(katalog: Self.data).mal
        #expect(mal.count == 15)
        for m in mal where m.ar != 2019 {
            let text = try rader(m.kalla)
            if let summa = m.kalla.split(separator: "(").dropFirst().first {
                // "(131,4 + 31,4)": each term on the cited lines, and the target their sum.
                let termer = summa.dropLast().split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
                for t in termer { #expect(text.contains(t), "\(m.kalla): \(t)") }
                let varde = termer.compactMap { Double($0.replacingOccurrences(of: ",", with: ".")) }.reduce(0, +)
                #expect(abs(varde - m.varde) < 1e-9, "\(m.kalla)")
            } else {
                #expect(text.contains(svenskt(m.varde)), "\(m.kalla) lyder \(text)")
            }
        }
        // 2019 (regionstyrelsen-2019-02-13.txt lines 17745–17749): January 2019 somatic 2,8, primary care 5,4,
        // psychiatry 2,1 mnkr; January 2018 0,5 more, 1,8 more and 1,4 less; 2018 as a whole 131,4 (line 4140).
        let jan2019 = 2.8 + 5.4 + 2.1, jan2018 = (2.8 + 0.5) + (5.4 + 1.8) + (2.1 - 1.4)
        let m2019 = try #require(mal.first { $0.ar == 2019 })
        #expect(abs(m2019.varde - 131.4 * jan2019 / jan2018) < 0.05)
        // The tolerance: January 2018 × 12 against the year.
        #expect(abs(m2019.tolerans - abs(jan2018 * 12 - 131.4)) < 0.05)
        for rad in ["2,8", "5,4", "2,1", "0,5", "1,8", "1,4"] { #expect(try rader("regionstyrelsen-2019-02-13.txt:17745-17749").contains(rad)) }
    }

    @Test("The default scenario calibrated: every target reported, the base year's and turnover's met, those before it explained")
    func standard() throws {
        let r = try Personalkalibreringsresultat(scenario: Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml"))
        let k = r.kalibrering
        #expect(k.mal.count == 15)
        for rad in k.mal {
            switch rad.mal.ar {
            case 2017: #expect(rad.hinder?.contains("före basåret") == true)
            case 2018: #expect(rad.uppfyllt == true, "\(rad.mal.kalla)")
            default: #expect(rad.uppfyllt != nil, "\(rad.mal.kalla)")
            }
        }
        // regionplan-2023-2025.txt line 2040: external turnover 7,6 % in 2021.
        let omsattning = try #require(k.mal.first { $0.mal.storhet == .omsattning })
        #expect(omsattning.uppfyllt == true)
        #expect(k.parametrar.map(\.parameter) == [.omsattningsniva, .rekryteringskapacitet("läkare"), .rekryteringskapacitet("sjuksköterskor")])
    }
}
