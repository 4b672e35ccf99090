using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;

using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Measures;

/// <summary>
/// The columns of an indicator's definition, the same in <c>indicators</c> and <c>indicator_versions</c>: the domain's
/// <see cref="IndicatorDefinition"/> without its code, which only the indicator has. Immutable, so one instance may
/// be shared by an indicator and its version. A property is a column named after it in snake case (or as its
/// <c>[Column]</c> says), and it is copied to and from the domain's property of the same name by
/// <see cref="From"/> and <see cref="ToDefinition"/>, the one way across; a property the domain record lacks is a
/// bug, found when the type is first used.
/// </summary>
public sealed record StoredDefinition
{
    private static readonly Func<IndicatorDefinition, StoredDefinition> FromDomain = CopyFromDomain();

    private static readonly Func<StoredDefinition, string, IndicatorDefinition> ToDomain = CopyToDomain();

    public required string Title { get; init; }

    /// <summary>The definition in words, in the column <c>definition</c>.</summary>
    [Column("definition")]
    public string? Text { get; init; }

    public Unit Unit { get; init; }

    public Polarity Polarity { get; init; }

    public Frequency Frequency { get; init; }

    public Aggregation Aggregation { get; init; }

    /// <summary>Stored as written: <c>5%</c> or <c>2</c>.</summary>
    public Tolerance Tolerance { get; init; }

    public int Decimals { get; init; }

    public YearType YearType { get; init; }

    /// <summary>The indicator's own smallest value; null for the unit's.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The indicator's own largest value; null for the unit's.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The stored columns of <paramref name="definition"/>.</summary>
    public static StoredDefinition From(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return FromDomain(definition);
    }

    /// <summary>The definition the domain rules use, with the indicator's <paramref name="code"/>.</summary>
    public IndicatorDefinition ToDefinition(string code) => ToDomain(this, code);

    private static PropertyInfo[] Parts() =>
        [.. typeof(StoredDefinition).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")];

    private static PropertyInfo DomainPart(PropertyInfo stored) =>
        typeof(IndicatorDefinition).GetProperty(stored.Name) is { } p && p.PropertyType == stored.PropertyType && p.CanWrite
            ? p
            : throw new InvalidOperationException($"{nameof(IndicatorDefinition)} has no settable {stored.PropertyType.Name} {stored.Name} for the stored column of that name.");

    private static Func<IndicatorDefinition, StoredDefinition> CopyFromDomain()
    {
        ParameterExpression domain = Expression.Parameter(typeof(IndicatorDefinition), "definition");
        MemberInitExpression body = Expression.MemberInit(
            Expression.New(typeof(StoredDefinition)),
            Parts().Select(p => Expression.Bind(p, Expression.Property(domain, DomainPart(p)))));
        return Expression.Lambda<Func<IndicatorDefinition, StoredDefinition>>(body, domain).Compile();
    }

    private static Func<StoredDefinition, string, IndicatorDefinition> CopyToDomain()
    {
        ParameterExpression stored = Expression.Parameter(typeof(StoredDefinition), "stored");
        ParameterExpression code = Expression.Parameter(typeof(string), "code");
        ConstructorInfo constructor = typeof(IndicatorDefinition).GetConstructors().Single();
        Dictionary<string, PropertyInfo> parts = Parts().ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        NewExpression created = Expression.New(constructor, constructor.GetParameters().Select(p => Argument(p, parts, stored, code)));
        MemberInitExpression body = Expression.MemberInit(
            created,
            parts.Values.Where(p => !constructor.GetParameters().Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                .Select(p => Expression.Bind(DomainPart(p), Expression.Property(stored, p))));
        return Expression.Lambda<Func<StoredDefinition, string, IndicatorDefinition>>(body, stored, code).Compile();
    }

    private static Expression Argument(ParameterInfo parameter, Dictionary<string, PropertyInfo> parts, ParameterExpression stored, ParameterExpression code)
    {
        if (parameter.Name == "code")
        {
            return code;
        }

        PropertyInfo part = parts.GetValueOrDefault(parameter.Name!)
            ?? throw new InvalidOperationException($"{nameof(StoredDefinition)} has no column for the {parameter.Name} of a definition.");
        MemberExpression value = Expression.Property(stored, part);
        return value.Type == parameter.ParameterType ? value : Expression.Convert(value, parameter.ParameterType);
    }
}
