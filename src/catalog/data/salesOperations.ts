/**
 * Sales Operations team: sales operations, Deal Desk, Order Management, Quote to Cash, Data
 * Intelligence and Sales Commissions, in the order the pickers list them. One file per group of
 * families, each with its handbook addresses.
 */
import type { Family } from '../../core/catalog';
import { dealDeskAndOrders } from './dealDesk';
import { quoteToCashAndData } from './quoteToCash';
import { salesOperationsFamily } from './salesOperationsFamily';

export const salesOperations: Family[] = [
  ...salesOperationsFamily,
  ...dealDeskAndOrders,
  ...quoteToCashAndData,
];
