using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.Community.Persistence;

/// <summary>Plain Npgsql commands on a context's connection, for the hot paths where change tracking costs more than the work.</summary>
internal static class NpgsqlCommands
{
    /// <summary>Runs <paramref name="work"/> on the context's connection, opening (and afterwards closing) it if it was closed.</summary>
    public static async Task<T> RunAsync<T>(CommunityDbContext db, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await work(connection).ConfigureAwait(false);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>An array parameter of one column of <paramref name="rows"/>, for <c>unnest</c>.</summary>
    public static NpgsqlParameter<TValue[]> Array<TRow, TValue>(string name, NpgsqlDbType type, IEnumerable<TRow> rows, Func<TRow, TValue> column) =>
        new(name, NpgsqlDbType.Array | type) { TypedValue = [.. rows.Select(column)] };
}
