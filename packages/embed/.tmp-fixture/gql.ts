import { request } from 'graphql-request';
export const go = () => request('/graphql', '{ __typename }');
