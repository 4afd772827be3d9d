/// The state vector of an ETS model at one time: level, slope and the last `m` seasonal terms.
public struct ETSState: Hashable, Sendable {
    /// Level ℓ.
    public var level: Double
    /// Slope b; `nil` without trend.
    public var slope: Double?
    /// Seasonal terms newest first, as R's ets prints them (`s1` … `sm`): `seasonal[0]` belongs to the
    /// latest period and `seasonal[m − 1]` to the period the next observation falls in. Empty without season.
    public var seasonal: [Double]

    public init(level: Double, slope: Double? = nil, seasonal: [Double] = []) {
        self.level = level
        self.slope = slope
        self.seasonal = seasonal
    }

    /// Whether the state has the components the model uses, with `period` seasonal terms.
    func matches(_ specification: ETSSpecification, period: Int) -> Bool {
        (slope != nil) == specification.hasTrend
            && seasonal.count == (specification.hasSeason ? period : 0)
    }

    /// All values, finite or not.
    var values: [Double] { [level] + (slope.map { [$0] } ?? []) + seasonal }
}
