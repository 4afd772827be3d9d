extension Matrix {
    /// The Frobenius norm `sqrt(Σ a[i,j]²)`, computed with scaling so that it neither
    /// overflows nor underflows for extreme element magnitudes.
    ///
    /// Returns 0 for an empty matrix, `.nan` if any element is NaN and `.infinity` if any
    /// element is infinite.
    public var frobeniusNorm: Double {
        var scale = 0.0
        for value in elements {
            if value.isNaN { return .nan }
            scale = max(scale, abs(value))
        }
        guard scale > 0, scale.isFinite else { return scale }
        var sum = 0.0
        for value in elements {
            let scaled = value / scale
            sum += scaled * scaled
        }
        return scale * sum.squareRoot()
    }

    /// The largest absolute element value (the max norm), 0 for an empty matrix.
    ///
    /// Returns `.nan` if any element is NaN.
    public var maxAbsoluteElement: Double {
        var result = 0.0
        for value in elements {
            if value.isNaN { return .nan }
            result = max(result, abs(value))
        }
        return result
    }
}
