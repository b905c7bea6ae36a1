using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// Writes entities of one type with PostgreSQL's binary COPY. The table, the columns and the value converters come from
/// the EF model, so a renamed or added column is followed (or fails loudly), never silently missed. Values are written as
/// the model stores them: explicit keys, enums as text, <c>HouseholdCode</c> and <c>PhoneNumber</c> through their converters.
/// </summary>
internal sealed class TableCopy<T>
    where T : class
{
    private readonly Column[] _columns;
    private readonly string _command;

    public TableCopy(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            if (property.GetColumnName(store) is not { } column)
            {
                continue;
            }

            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property; seed-city cannot fill it.");
            }

            var converter = property.GetTypeMapping().Converter;
            var stored = converter?.ProviderClrType ?? property.ClrType;
            columns.Add(new Column(column, property.GetGetter(), converter is null ? null : converter.ConvertToProvider, TypeOf(Nullable.GetUnderlyingType(stored) ?? stored)));
        }

        _columns = [.. columns];
        Table = Quote(table);
        KeyColumn = Quote(entity.FindPrimaryKey()!.Properties[0].GetColumnName(store)!);
        var schema = entity.GetSchema() is { } name ? Quote(name) + "." : string.Empty;
        _command = $"COPY {schema}{Table} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>The quoted table name.</summary>
    public string Table { get; }

    /// <summary>The quoted column of the (single-column) primary key.</summary>
    public string KeyColumn { get; }

    /// <summary>Copies the rows in one COPY statement; returns how many were written.</summary>
    public async Task<long> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        await using var importer = await connection.BeginBinaryImportAsync(_command, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var column in _columns)
            {
                var value = column.Getter.GetClrValue(row);
                if (value is not null && column.Convert is { } convert)
                {
                    value = convert(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteAsync(value, column.Type, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PostgreSQL type of a stored CLR type, named once per column rather than looked up for every value.</summary>
    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(DateTimeOffset) ? NpgsqlDbType.TimestampTz
        : type == typeof(double) ? NpgsqlDbType.Double
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : type == typeof(TimeSpan) ? NpgsqlDbType.Interval
        : throw new InvalidOperationException($"seed-city cannot copy a column of type {type.Name}.");

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, IClrPropertyGetter Getter, Func<object?, object?>? Convert, NpgsqlDbType Type);
}
