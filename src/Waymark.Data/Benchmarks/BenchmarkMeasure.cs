using Waymark.Indicators;

namespace Waymark.Data.Benchmarks;

/// <summary>What benchmarking needs of a measure in the store: its code, title, polarity and decimals.</summary>
/// <param name="Id">Its key in the store.</param>
/// <param name="Code">Its code, such as LAIT's <c>CP_conf_15days</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Polarity">Whether higher or lower is better, which orders the ranks and the quartile bands.</param>
/// <param name="Decimals">The decimals its figures are shown to.</param>
public sealed record BenchmarkMeasure(int Id, string Code, string Title, Polarity Polarity, int Decimals);
