using Waymark.Data.Measures;

namespace Waymark.Web.Returns;

/// <summary>
/// What saving a result did: <see cref="Saved"/> when it was stored (<see cref="Created"/> when it is the period's
/// first); otherwise <see cref="Theirs"/>, the result someone else stored meanwhile, which was not overwritten
/// (null when it was removed meanwhile).
/// </summary>
public sealed record ResultSave(Result? Saved, bool Created, Result? Theirs);
