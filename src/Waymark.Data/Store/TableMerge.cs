using System.Data.Common;

using Npgsql;

namespace Waymark.Data.Store;

/// <summary>
/// How the rows of a staging table are merged into a real table: matched on <see cref="Keys"/>; a row whose
/// <see cref="Compared"/> columns differ is updated and audited with its values before and after; a new row is
/// inserted; an identical row is left alone, so importing the same file twice changes nothing.
/// </summary>
/// <param name="Table">The real table.</param>
/// <param name="Entity">The audit log's name for its records, such as <c>result</c>.</param>
/// <param name="Keys">The columns that identify a row.</param>
/// <param name="Compared">The columns whose change is a change of the record.</param>
/// <param name="Stamped">Columns written with every insert and update but not compared (who entered it and when).</param>
/// <param name="InsertOnly">Columns written only when a row is inserted.</param>
/// <param name="KeyText">An SQL expression over staging row <c>s</c> that names the record to a person.</param>
/// <param name="Concurrency">Whether the table has a <c>concurrency_version</c> to increment on update.</param>
/// <param name="KeepWhen">
/// A condition over a stored row, <c>{0}</c> standing for the table's name or alias, under which the row is left as
/// it is; none to update every row that differs.
/// </param>
internal sealed record TableMerge(
    string Table,
    string Entity,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Compared,
    IReadOnlyList<string> Stamped,
    IReadOnlyList<string> InsertOnly,
    string KeyText,
    bool Concurrency,
    string? KeepWhen = null)
{
    /// <summary>Merges <paramref name="staging"/> into the table; returns how many rows were added and changed.</summary>
    public (long Added, long Changed) Run(DbConnection connection, DbTransaction transaction, string staging, string actor, DateTimeOffset at)
    {
        bool postgres = connection is NpgsqlConnection;
        string match = string.Join(" AND ", Keys.Select(k => $"r.{k} = s.{k}"));
        string differs = string.Join(" OR ", Compared.Select(c => $"r.{c} IS DISTINCT FROM s.{c}"));
        string Json(string alias) => postgres
            ? $"json_build_object({string.Join(", ", Compared.Select(c => $"'{c}', {alias}.{c}"))})::text"
            : $"json_object({string.Join(", ", Compared.Select(c => $"'{c}', {alias}.{c}"))})";

        long changed = Execute(
            connection,
            transaction,
            $"""
            INSERT INTO audit_log (at, actor, entity, entity_key, action, before, after)
            SELECT @at, @actor, '{Entity}', {KeyText}, 'changed', {Json("r")}, {Json("s")}
            FROM {staging} s JOIN {Table} r ON {match}
            WHERE ({differs}){Kept("r")}
            """,
            actor,
            at);

        if (changed > 0)
        {
            string set = string.Join(", ", Compared.Concat(Stamped).Select(c => $"{c} = s.{c}"))
                + (Concurrency ? $", concurrency_version = {Table}.concurrency_version + 1" : string.Empty);
            string target = string.Join(" AND ", Keys.Select(k => $"{Table}.{k} = s.{k}"));
            string targetDiffers = string.Join(" OR ", Compared.Select(c => $"{Table}.{c} IS DISTINCT FROM s.{c}"));
            Execute(connection, transaction, $"UPDATE {Table} SET {set} FROM {staging} s WHERE {target} AND ({targetDiffers}){Kept(Table)}", actor, at);
        }

        string[] columns = [.. Keys, .. Compared, .. Stamped, .. InsertOnly];
        string list = string.Join(", ", columns);
        long added = Execute(
            connection,
            transaction,
            $"INSERT INTO {Table} ({list}) SELECT {string.Join(", ", columns.Select(c => "s." + c))} FROM {staging} s WHERE NOT EXISTS (SELECT 1 FROM {Table} r WHERE {match})",
            actor,
            at);
        return (added, changed);
    }

    private string Kept(string row) => KeepWhen is null ? string.Empty : " AND NOT (" + string.Format(System.Globalization.CultureInfo.InvariantCulture, KeepWhen, row) + ")";

    private static long Execute(DbConnection connection, DbTransaction transaction, string sql, string actor, DateTimeOffset at)
    {
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        Parameter(command, "@actor", actor);
        Parameter(command, "@at", at);
        return command.ExecuteNonQuery();
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
