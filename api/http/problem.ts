import type { Response } from 'express';

export interface Problem {
  /** A stable slug; answered as a URI under PROBLEM_BASE. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_BASE = 'https://sro-cabinet.local/problems/';

/** Answers with an RFC 9457 problem document. */
export function sendProblem(res: Response, problem: Problem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({ ...problem, type: `${PROBLEM_BASE}${problem.type}` });
}
