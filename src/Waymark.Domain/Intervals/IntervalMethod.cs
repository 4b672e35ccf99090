namespace Waymark.Intervals;

/// <summary>Which method gave a confidence interval.</summary>
public enum IntervalMethod
{
    /// <summary>The Wilson score method, for a proportion or percentage.</summary>
    WilsonScore = 0,

    /// <summary>Byar's approximation to the Poisson distribution, for a count or rate whose count is 10 or more.</summary>
    Byar = 1,

    /// <summary>Exact Poisson limits from the chi-squared distribution, for a count or rate whose count is under 10.</summary>
    ExactPoisson = 2,
}
