extension Personalbestand {
    /// The age bands an HR export is counted in: ten-year bands 20–59 and five-year bands 60–69, where the
    /// retirements fall — the bands of the shipped `bemanning.csv`, so that a scenario's `anstallningsprofil`
    /// names the same bands whichever file gives the stock. 15–19 is added when someone is younger than 20,
    /// 70–80 when someone is older than 69.
    public static let exportband: [ClosedRange<Int>] = [20...29, 30...39, 40...49, 50...59, 60...64, 65...69]
    /// The ages an HR export may hold: from the youngest a region employs to beyond any pension age.
    public static let exportaldrar = 15...80

    /// The stock an HR export gives, one `Anstalld` per employee, per segment and age band (`exportband`):
    ///
    ///   antal = the number of employees,  årsarbetare = Σᵢ gradᵢ,
    ///   månadslön = Σᵢ gradᵢ·lönᵢ / Σᵢ gradᵢ  (full-time salaries weighted by employment rate),
    ///
    /// so that a band's salary cost antal × (årsarbetare / antal) × månadslön equals its employees' Σᵢ gradᵢ·lönᵢ.
    /// A band where everyone has rate 0 takes the plain mean salary. A band nobody in the segment is in has
    /// headcount 0 and the segment's salary by the same formula, which is what new hires in it earn.
    public init(anstallda: [Anstalld]) throws(PersonalFel) {
        guard !anstallda.isEmpty else { throw .ogiltigaData("exporten har inga anställda") }
        for a in anstallda {
            guard Self.exportaldrar.contains(a.alder), (0...1).contains(a.sysselsattningsgrad), a.manadslon >= 0, a.manadslon.isFinite else {
                throw .ogiltigaData("\(a.segment.grupp) i \(a.segment.omrade): åldern \(a.alder), sysselsättningsgraden "
                                    + "\(a.sysselsattningsgrad) eller månadslönen \(a.manadslon) ligger utanför det giltiga")
            }
        }
        var band = Self.exportband
        if anstallda.contains(where: { $0.alder < band[0].lowerBound }) {
            band.insert(Self.exportaldrar.lowerBound...(band[0].lowerBound - 1), at: 0)
        }
        if anstallda.contains(where: { $0.alder > band[band.count - 1].upperBound }) {
            band.append((band[band.count - 1].upperBound + 1)...Self.exportaldrar.upperBound)
        }
        let aldersband = try Aldersband(band)
        var summor: [Segment: [Lonsumma]] = [:]
        for a in anstallda {
            summor[a.segment, default: [Lonsumma](repeating: Lonsumma(), count: aldersband.antal)][aldersband.index(a.alder)!].lagg(till: a)
        }
        var rader: [Rad] = []
        for (segment, perBand) in summor {
            let hela = perBand.reduce(Lonsumma(), +)
            for (b, s) in perBand.enumerated() {
                rader.append(Rad(segment: segment, band: b, antal: s.antal, arsarbetare: s.arsarbetare,
                                 manadslon: s.antal > 0 ? s.manadslon : hela.manadslon))
            }
        }
        try self.init(aldersband: aldersband, rader: rader)
    }
}

/// Employees summed: headcount, Σ rate, Σ rate·salary and Σ salary.
private struct Lonsumma {
    var antal = 0.0, arsarbetare = 0.0, viktadLon = 0.0, lon = 0.0

    mutating func lagg(till a: Anstalld) {
        antal += 1
        arsarbetare += a.sysselsattningsgrad
        viktadLon += a.sysselsattningsgrad * a.manadslon
        lon += a.manadslon
    }

    /// The full-time salary weighted by rate; the plain mean when every rate is 0.
    var manadslon: Double { arsarbetare > 0 ? viktadLon / arsarbetare : antal > 0 ? lon / antal : 0 }

    static func + (x: Lonsumma, y: Lonsumma) -> Lonsumma {
        Lonsumma(antal: x.antal + y.antal, arsarbetare: x.arsarbetare + y.arsarbetare, viktadLon: x.viktadLon + y.viktadLon, lon: x.lon + y.lon)
    }
}
