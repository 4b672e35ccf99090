namespace Waymark.Data.Benchmarks;

/// <summary>Why the store cannot benchmark what was asked.</summary>
/// <param name="Field">What was asked that is wrong: <c>measure</c>, <c>period</c>, <c>area</c> or <c>model</c>.</param>
/// <param name="Message">What is wrong, quoting what was given, and what to give instead.</param>
public sealed record BenchmarkProblem(string Field, string Message);
