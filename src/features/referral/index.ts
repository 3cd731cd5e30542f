/**
 * referral: 推荐 a person to a job and follow it up (回访). Small parts of the desk's and
 * the job's pages, imported only by lazily loaded screens.
 */
export { default as ReferButton } from './ReferButton';
export { default as ApplicationMoves } from './ApplicationMoves';
export { default as ApplicationSteps } from './ApplicationSteps';
