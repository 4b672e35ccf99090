namespace Waymark.Web.Api;

/// <summary>The 95% confidence interval of a result with a numerator and denominator, its ends to one more decimal than the indicator's.</summary>
/// <param name="Level">The confidence level: <c>95</c>.</param>
/// <param name="Method">How it was worked out: <c>wilson</c>, <c>byar</c> or <c>exact_poisson</c>.</param>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end.</param>
public sealed record IntervalJson(string Level, string Method, decimal Lower, decimal Upper);
