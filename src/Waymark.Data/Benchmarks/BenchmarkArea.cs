namespace Waymark.Data.Benchmarks;

/// <summary>An LA that can be benchmarked.</summary>
/// <param name="Id">The area's id in the store.</param>
/// <param name="Number">The LA's three-digit DfE number.</param>
/// <param name="Name">The LA's name.</param>
/// <param name="RegionId">The id of the LA's region.</param>
public sealed record BenchmarkArea(int Id, int Number, string Name, int? RegionId);
