using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>Where an SDK attribute is written.</summary>
public enum DeclarationScope
{
    /// <summary>On the type that wraps a model (<c>[AiModel]</c>, <c>[RiskProfile]</c>, …).</summary>
    Model,

    /// <summary>On the assembly (<c>[assembly: Dataset]</c>, <c>[assembly: RiskAcceptance]</c>).</summary>
    Assembly,
}

/// <summary>The CLR shape of an attribute property, which decides how a raw argument binds to it.</summary>
public enum PropertyShape
{
    Text,
    TextList,
    Number,
    NumberList,
    WholeNumber,
    Boolean,
    Enum,
    EnumList,
}

/// <summary>What a text property holds, beyond being text someone wrote, for the rules that check such values.</summary>
public enum PropertyRole
{
    /// <summary>Text with no format of its own.</summary>
    None,

    /// <summary>A <c>yyyy-MM-dd</c> date (AIC205, AIC304 for model-level declarations; AIC308 for an acceptance's end).</summary>
    Date,

    /// <summary>An email address or an http(s) URL someone can be reached at (AIC206).</summary>
    Contact,
}

/// <summary>One property of an SDK attribute, as the declaration record holds it.</summary>
public sealed class DeclarationProperty
{
    private readonly Func<Declaration, object?>? _read;
    private readonly Func<Declaration, BoundValues, Declaration> _bind;

    internal DeclarationProperty(
        string name,
        PropertyShape shape,
        Type? enumType,
        PropertyRole role,
        string? phrase,
        Func<Declaration, object?>? read,
        Func<Declaration, BoundValues, Declaration> bind)
    {
        Name = name;
        Shape = shape;
        EnumType = enumType;
        Role = role;
        Phrase = phrase;
        _read = read;
        _bind = bind;
    }

    /// <summary>The property's name, the same on the SDK attribute and on the declaration record.</summary>
    public string Name { get; }

    public PropertyShape Shape { get; }

    /// <summary>The policy's mirror of the SDK enum, for <see cref="PropertyShape.Enum"/> and <see cref="PropertyShape.EnumList"/>.</summary>
    public Type? EnumType { get; }

    public PropertyRole Role { get; }

    /// <summary>What the value is called in messages (for example "owner contact"), for properties with a <see cref="Role"/>.</summary>
    public string? Phrase { get; }

    /// <summary>Whether the property holds user-written text (a string or strings), which AIC208 scans for placeholders.</summary>
    public bool IsText => Shape is PropertyShape.Text or PropertyShape.TextList;

    /// <summary>The text of a <see cref="PropertyShape.Text"/> property.</summary>
    public string? Text(Declaration declaration) =>
        Shape == PropertyShape.Text && _read is not null ? (string?)_read(declaration) : null;

    /// <summary>The strings of a <see cref="PropertyShape.TextList"/> property.</summary>
    public IReadOnlyList<string?> TextList(Declaration declaration) =>
        Shape == PropertyShape.TextList && _read?.Invoke(declaration) is IReadOnlyList<string?> list ? list : Array.Empty<string?>();

    /// <summary>
    /// The property's value as the record holds it, whatever its shape (a string, a list, a double, an int, a bool,
    /// an enum or a list of enums); <c>null</c> when not set. For the writers' generic path, which shows a
    /// declaration without a layout of its own.
    /// </summary>
    public object? Value(Declaration declaration) =>
        IsText
            ? _read?.Invoke(declaration)
            // Only text has a typed reader; the record's property of the same name holds every other shape
            // (DeclarationRegistryTests checks that it exists).
            : declaration.GetType().GetProperty(Name)?.GetValue(declaration);

    internal Declaration Bind(Declaration declaration, BoundValues values) => _bind(declaration, values);

    public override string ToString() => Name;
}

/// <summary>
/// One SDK attribute: its name, where it is written, its constructor, its properties, how it binds into a
/// <see cref="ModelDeclarations"/>, and the policy declaration whose presence it makes. The table is
/// <see cref="DeclarationKinds.All"/>.
/// </summary>
public sealed class DeclarationKind
{
    private readonly Func<Declaration> _create;
    private readonly Func<ModelDeclarations, IEnumerable<Declaration>>? _read;
    private readonly Func<ModelDeclarations, IReadOnlyList<Declaration>, ModelDeclarations>? _attach;
    private readonly Func<Declaration, bool>? _makesPresent;

    internal DeclarationKind(
        string attributeName,
        Type recordType,
        DeclarationScope scope,
        bool repeatable,
        IReadOnlyList<string> constructorParameters,
        bool hasParamsArray,
        IReadOnlyList<DeclarationProperty> properties,
        string? requirementId,
        Func<Declaration> create,
        Func<ModelDeclarations, IEnumerable<Declaration>>? read,
        Func<ModelDeclarations, IReadOnlyList<Declaration>, ModelDeclarations>? attach,
        Func<Declaration, bool>? makesPresent)
    {
        AttributeName = attributeName;
        RecordType = recordType;
        Scope = scope;
        Repeatable = repeatable;
        ConstructorParameters = constructorParameters;
        HasParamsArray = hasParamsArray;
        Properties = properties;
        RequirementId = requirementId;
        _create = create;
        _read = read;
        _attach = attach;
        _makesPresent = makesPresent;
    }

    /// <summary>The attribute's simple metadata name, for example <c>RiskProfileAttribute</c>.</summary>
    public string AttributeName { get; }

    /// <summary>The name as written in C#, for example <c>RiskProfile</c>.</summary>
    public string ShortName => AttributeName.Substring(0, AttributeName.Length - "Attribute".Length);

    /// <summary>The declaration record the attribute binds to.</summary>
    public Type RecordType { get; }

    public DeclarationScope Scope { get; }

    /// <summary>Whether the attribute may be written more than once on the same target.</summary>
    public bool Repeatable { get; }

    /// <summary>The properties the constructor parameters set, in parameter order.</summary>
    public IReadOnlyList<string> ConstructorParameters { get; }

    /// <summary>Whether the last constructor parameter is a params array.</summary>
    public bool HasParamsArray { get; }

    /// <summary>Every property of the attribute, in the order their text is scanned (AIC208) and reported.</summary>
    public IReadOnlyList<DeclarationProperty> Properties { get; }

    /// <summary>
    /// The <see cref="Requirements.DeclarationCatalog"/> entry this attribute makes present on its own, or
    /// <see langword="null"/> when the attribute only contributes to one (datasets, transfers, acceptances).
    /// </summary>
    public string? RequirementId { get; }

    /// <summary>The declarations of this kind a model makes, in declaration order (empty for assembly-level kinds).</summary>
    public IEnumerable<Declaration> In(ModelDeclarations model) => _read is null ? Array.Empty<Declaration>() : _read(model);

    /// <summary>Whether <paramref name="model"/> makes the requirement <see cref="RequirementId"/> through this attribute.</summary>
    public bool IsPresentIn(ModelDeclarations model)
    {
        foreach (var declaration in In(model))
        {
            if (_makesPresent is null || _makesPresent(declaration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The property named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public DeclarationProperty? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Binds a raw attribute of this kind. Every value that does not fit its property binds to "not set".</summary>
    public Declaration Bind(RawDeclaration raw)
    {
        var values = new BoundValues(raw, ConstructorParameters);
        var declaration = _create() with { Origin = raw.Origin, WrittenProperties = values.Written };
        foreach (var property in Properties)
        {
            declaration = property.Bind(declaration, values);
        }

        return declaration;
    }

    /// <summary>Puts the declarations of this kind into a model: the last one for a single attribute, all of them for a repeatable one.</summary>
    internal ModelDeclarations Attach(ModelDeclarations model, IReadOnlyList<Declaration> declarations) =>
        _attach is null ? model : _attach(model, declarations);

    public override string ToString() => AttributeName;
}
