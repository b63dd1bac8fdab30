/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}\n\nmutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}": typeof types.SignUpDocument,
    "fragment IdeaSectionFacts on Idea {\n  id\n  stage\n  author {\n    id\n  }\n}": typeof types.IdeaSectionFactsFragmentDoc,
    "query Instance($slug: String!) {\n  instance(slug: $slug) {\n    slug\n    name\n    currencyName\n    public\n    suspended\n    brandColour\n    restrictedSignUp\n    defaultLanguage\n  }\n}": typeof types.InstanceDocument,
    "query CurrentMember {\n  me {\n    id\n    displayName\n    role\n  }\n}": typeof types.CurrentMemberDocument,
};
const documents: Documents = {
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}\n\nmutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}": types.SignUpDocument,
    "fragment IdeaSectionFacts on Idea {\n  id\n  stage\n  author {\n    id\n  }\n}": types.IdeaSectionFactsFragmentDoc,
    "query Instance($slug: String!) {\n  instance(slug: $slug) {\n    slug\n    name\n    currencyName\n    public\n    suspended\n    brandColour\n    restrictedSignUp\n    defaultLanguage\n  }\n}": types.InstanceDocument,
    "query CurrentMember {\n  me {\n    id\n    displayName\n    role\n  }\n}": types.CurrentMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}\n\nmutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}"): (typeof documents)["mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}\n\nmutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    token\n    member {\n      id\n      displayName\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdeaSectionFacts on Idea {\n  id\n  stage\n  author {\n    id\n  }\n}"): (typeof documents)["fragment IdeaSectionFacts on Idea {\n  id\n  stage\n  author {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instance($slug: String!) {\n  instance(slug: $slug) {\n    slug\n    name\n    currencyName\n    public\n    suspended\n    brandColour\n    restrictedSignUp\n    defaultLanguage\n  }\n}"): (typeof documents)["query Instance($slug: String!) {\n  instance(slug: $slug) {\n    slug\n    name\n    currencyName\n    public\n    suspended\n    brandColour\n    restrictedSignUp\n    defaultLanguage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentMember {\n  me {\n    id\n    displayName\n    role\n  }\n}"): (typeof documents)["query CurrentMember {\n  me {\n    id\n    displayName\n    role\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;