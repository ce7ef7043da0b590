using ClaimCheck.Diagnostics;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ClaimCheck.Storage;

/// <summary>Validates JSON text against a JSON Schema and reports each error with its line and column.</summary>
internal sealed class SchemaValidator
{
    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>The validator for claims files.</summary>
    public static SchemaValidator Claims { get; } = FromJson(ClaimsSchema.Json);

    /// <summary>The validator for knowledge files.</summary>
    public static SchemaValidator Knowledge { get; } = FromJson(EmbeddedResources.ReadText("knowledge.schema.json"));

    /// <summary>The validator for entities files.</summary>
    public static SchemaValidator Entities { get; } = FromJson(EmbeddedResources.ReadText("entities.schema.json"));

    /// <summary>Adds one <see cref="DiagnosticIds.SchemaViolation"/> per error; returns whether the text is valid.</summary>
    public bool Validate(string json, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var errors = new List<ValidationError>();
        Flatten(_schema.Validate(json), errors);
        foreach (var error in errors.OrderBy(e => e.LineNumber).ThenBy(e => e.LinePosition).ThenBy(e => e.Path, StringComparer.Ordinal))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.SchemaViolation, DiagnosticSeverity.Error, Describe(error), displayPath, error.LineNumber, error.LinePosition));
        }

        return errors.Count == 0;
    }

    private static SchemaValidator FromJson(string json) => new(JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult());

    private static void Flatten(IEnumerable<ValidationError> errors, List<ValidationError> into)
    {
        foreach (var error in errors)
        {
            // A oneOf/anyOf failure wraps the real errors; report those, they say what to fix. (NJsonSchema does not
            // apply the schema's per-kind if/then slot rules; editors do, and the loader checks slots itself: CC0011.)
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0 && error.Kind != ValidationErrorKind.NotOneOf)
            {
                foreach (var nested in child.Errors.Values)
                {
                    Flatten(nested, into);
                }
            }
            else if (!into.Any(e => e.Kind == error.Kind && e.Path == error.Path))
            {
                into.Add(error);
            }
        }
    }

    private static string Describe(ValidationError error)
    {
        // For a missing property NJsonSchema's path already ends with its name; report the object that lacks it.
        var path = error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } missing
            && (error.Path?.EndsWith("." + missing, StringComparison.Ordinal) == true || error.Path?.EndsWith("/" + missing, StringComparison.Ordinal) == true)
            ? error.Path[..^(missing.Length + 1)]
            : error.Path;
        var where = string.IsNullOrEmpty(path) || path == "#" ? "the document" : path.TrimStart('#', '/').Replace('/', '.');
        var what = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"missing required property '{error.Property}'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{error.Property}'",
            ValidationErrorKind.NotInEnumeration => "value is not one of the allowed values",
            ValidationErrorKind.PatternMismatch => "value does not match the expected format",
            ValidationErrorKind.StringExpected => "a string is expected",
            ValidationErrorKind.IntegerExpected => "an integer is expected",
            ValidationErrorKind.NumberExpected => "a number is expected",
            ValidationErrorKind.ArrayExpected => "an array is expected",
            ValidationErrorKind.ObjectExpected => "an object is expected",
            ValidationErrorKind.BooleanExpected => "true or false is expected",
            ValidationErrorKind.TooFewItems => "too few items",
            ValidationErrorKind.StringTooShort => "the text is too short",
            ValidationErrorKind.NumberTooSmall => "the number is too small",
            ValidationErrorKind.NumberTooBig => "the number is too big",
            ValidationErrorKind.NotOneOf => "value has none of the allowed shapes",
            _ => error.Kind.ToString(),
        };
        return $"Schema: {where}: {what}.";
    }
}
