using System.Text.Json.Serialization;

namespace BuildingBot.BotHost.Open311;

/// <summary>The GeoReport v2 documents, with the standard's snake_case names.</summary>
internal static class Open311Models
{
    public sealed record Error(int Code, string Description);

    public sealed record Service(
        [property: JsonPropertyName("service_code")] string ServiceCode,
        [property: JsonPropertyName("service_name")] string ServiceName,
        string Description,
        bool Metadata,
        string Type,
        string Keywords,
        string Group);

    public sealed record Definition(
        [property: JsonPropertyName("service_code")] string ServiceCode,
        IReadOnlyList<ServiceAttribute> Attributes);

    public sealed record ServiceAttribute(
        bool Variable, string Code, string Datatype, bool Required,
        [property: JsonPropertyName("datatype_description")] string DatatypeDescription,
        int Order, string Description, IReadOnlyList<AttributeValue> Values);

    public sealed record AttributeValue(string Key, string Name);

    public sealed record Request(
        [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
        string Status,
        [property: JsonPropertyName("status_notes")] string StatusNotes,
        [property: JsonPropertyName("service_name")] string ServiceName,
        [property: JsonPropertyName("service_code")] string ServiceCode,
        string Description,
        [property: JsonPropertyName("agency_responsible")] string AgencyResponsible,
        [property: JsonPropertyName("service_notice")] string? ServiceNotice,
        [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
        [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
        [property: JsonPropertyName("expected_datetime")] DateTimeOffset? ExpectedDatetime,
        string Address,
        [property: JsonPropertyName("address_id")] string AddressId,
        string? Zipcode,
        double? Lat,
        double? Long,
        [property: JsonPropertyName("media_url")] string? MediaUrl);

    public sealed record Created(
        [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
        [property: JsonPropertyName("service_notice")] string ServiceNotice,
        [property: JsonPropertyName("account_id")] string? AccountId);
}
