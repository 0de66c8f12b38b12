// The synthetic registrar logged in to the simulated HIS.
export const OPERATOR = { operatorId: 'SF0217', name: '周敏' } as const;
